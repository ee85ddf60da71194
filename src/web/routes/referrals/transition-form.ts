// The outcome and step forms' values, and the body POST /api/referrals/{id}/transitions takes.
import type { OkToResumeMassage, ReferralTransition, ReferralTransitionTarget } from '../../../contracts/referrals.ts';

export type StepValues = { reason: string; appointmentAt: string; findings: string; recommendations: string; okToResumeMassage: OkToResumeMassage | ''; note: string };

export const emptyStep: StepValues = { reason: '', appointmentAt: '', findings: '', recommendations: '', okToResumeMassage: '', note: '' };

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
      return { to, findings: values.findings.trim(), recommendations: optional(values.recommendations), okToResumeMassage: values.okToResumeMassage || undefined };
    case 'accepted':
    case 'seen':
    case 'returned':
      return { to, note: optional(values.note) };
  }
}

/** The checks the server makes, in the words it uses, before anything is sent. */
export function problemsIn(to: ReferralTransitionTarget, values: StepValues): Partial<Record<keyof StepValues, string>> {
  if (to === 'declined' && !values.reason.trim()) return { reason: 'Say why you decline' };
  if (to === 'scheduled' && !localToIso(values.appointmentAt)) return { appointmentAt: 'Choose the appointment date and time' };
  if (to === 'replied') {
    const problems: Partial<Record<keyof StepValues, string>> = {};
    if (!values.findings.trim()) problems.findings = 'Write what you found';
    if (!values.okToResumeMassage) problems.okToResumeMassage = 'Choose an answer';
    return problems;
  }
  return {};
}
