// A referral's status and timeline events in words, for every page that shows them (the app and
// the emailed /r/ page): a person never reads an internal code such as `link-issued`.
import type { ReferralStatus } from './referrals.ts';

export const referralStatusLabels: Record<ReferralStatus, string> = {
  sent: 'Sent',
  accepted: 'Accepted',
  declined: 'Declined',
  scheduled: 'Appointment made',
  seen: 'Seen',
  replied: 'Outcome replied',
  returned: 'Client returned',
};

const eventLabels: Record<string, string> = {
  sent: 'Referral sent',
  accepted: 'Accepted',
  declined: 'Declined',
  scheduled: 'Appointment made',
  seen: 'Client seen',
  replied: 'Outcome reply sent',
  returned: 'Client returned',
  thanks: 'Thank-you note',
  reminder: 'Reminder sent',
  'link-issued': 'Private link emailed',
  'link-revoked': 'Private link withdrawn',
  'consent-withdrawn': 'Consent withdrawn',
};

/** "link-issued" → "Private link emailed"; a kind without words yet reads as its words ("Link viewed"). */
export function referralEventLabel(kind: string): string {
  const last = kind.split('.').pop() ?? kind;
  const known = eventLabels[kind] ?? eventLabels[last];
  if (known) return known;
  const words = last.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Who did it: an external recipient is shown by their address, marked as such. */
export const referralActorLabel = (actor: string) =>
  actor.startsWith('external:') ? `${actor.slice('external:'.length)} (by email link)` : actor;
