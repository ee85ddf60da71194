// The "Log an approach" form's values and what POST /api/contacts/{id}/interactions takes.
import type { InteractionInput } from '../../../../contracts/contacts.ts';
import { type Channel } from '../../../../contracts/pipeline.ts';
import { noonOf, today } from '../dates.ts';
import { deferredCheck } from '../../../components/deferred-check.ts';

export type ApproachValues = { day: string; channel: Channel; summary: string; nextStep: string; followUpOn: string };

export const freshApproach = (channel: Channel = 'phone'): ApproachValues => ({
  day: today(),
  channel,
  summary: '',
  nextStep: '',
  followUpOn: '',
});

/** Today's approach is stamped now (so it sorts after earlier ones); an earlier day at noon. */
export const toInteraction = (values: ApproachValues): InteractionInput => ({
  occurredAt: values.day === today() ? new Date().toISOString() : noonOf(values.day),
  channel: values.channel,
  summary: values.summary,
  nextStep: values.nextStep,
  ...(values.followUpOn ? { followUpOn: values.followUpOn } : {}),
});

/** The form's own checks (dates as the member sees them), before the contract's. */
export function approachProblems(values: ApproachValues): Record<string, string> | null {
  const problems: Record<string, string> = {};
  if (!values.day) problems.day = 'Enter the date';
  else if (values.day > today()) problems.day = 'This is in the future; use the follow-up date for plans';
  if (!values.summary.trim()) problems.summary = 'Say in a few words what happened';
  if (values.followUpOn && values.followUpOn < today()) problems.followUpOn = 'Choose today or a later day';
  return Object.keys(problems).length > 0 ? problems : null;
}

/** The contract's checks, loaded (with their wording) on first use. */
export const approachCheck = deferredCheck<ApproachValues>(() =>
  import('./approach-check.ts').then((module) => module.approachCheck),
);
