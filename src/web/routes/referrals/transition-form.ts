// The outcome and step forms' values, the body POST /api/referrals/{id}/transitions takes, and the
// contract's checks of it (this module loads with the form only, so zod stays off the referral page).
import { withSubject } from '../../../contracts/field-labels.ts';
import {
  referralTransitionSchema,
  type OkToResumeMassage,
  type ReferralTransition,
  type ReferralTransitionTarget,
} from '../../../contracts/referrals.ts';
import { schemaProblems } from '../../components/schema-problems.ts';

export type StepValues = {
  reason: string;
  appointmentAt: string;
  findings: string;
  recommendations: string;
  okToResumeMassage: OkToResumeMassage | '';
  note: string;
};

export const emptyStep: StepValues = {
  reason: '',
  appointmentAt: '',
  findings: '',
  recommendations: '',
  okToResumeMassage: '',
  note: '',
};

/** A datetime-local value ("2026-12-01T14:30", the member's own clock) as an instant with its offset. */
function localToIso(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

export function toTransition(to: ReferralTransitionTarget, values: StepValues): ReferralTransition {
  switch (to) {
    case 'declined':
      return { to, reason: values.reason.trim() };
    case 'scheduled':
      return { to, appointmentAt: localToIso(values.appointmentAt), note: optional(values.note) };
    case 'replied':
      return {
        to,
        findings: values.findings.trim(),
        recommendations: optional(values.recommendations),
        okToResumeMassage: values.okToResumeMassage || undefined,
      };
    case 'accepted':
    case 'seen':
    case 'returned':
      return { to, note: optional(values.note) };
  }
}

/** The checks the server makes (the contract's schema), in its words, before anything is sent. */
export function problemsIn(
  to: ReferralTransitionTarget,
  values: StepValues,
): Partial<Record<keyof StepValues, string>> {
  const problems = schemaProblems(referralTransitionSchema, toTransition(to, values), 'note');
  // The contract lets an appointment go without a time (the link page's form); this form asks for one.
  if (to === 'scheduled' && !localToIso(values.appointmentAt))
    problems.appointmentAt ??= withSubject('appointmentAt', 'is required');
  return problems;
}
