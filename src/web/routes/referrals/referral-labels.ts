// Words and colours for a referral's status and urgency, and for the steps of its closed loop.
import type { ReferralStatus, ReferralUrgency } from '../../../contracts/referrals.ts';

export const statusLooks: Record<ReferralStatus, { label: string; color: string }> = {
  sent: { label: 'Sent', color: 'blue' },
  accepted: { label: 'Accepted', color: 'teal' },
  declined: { label: 'Declined', color: 'gray' },
  scheduled: { label: 'Appointment made', color: 'cyan' },
  seen: { label: 'Seen', color: 'indigo' },
  replied: { label: 'Outcome replied', color: 'violet' },
  returned: { label: 'Client returned', color: 'sage' },
};

export const urgencyLabels: Record<ReferralUrgency, { label: string; color: string }> = {
  routine: { label: 'Routine', color: 'gray' },
  soon: { label: 'Soon', color: 'orange' },
  urgent: { label: 'Urgent', color: 'red' },
};

export const okToResumeLabels = {
  yes: 'Yes, massage can resume',
  no: 'No, not yet',
  'with-precautions': 'Yes, with precautions',
} as const;
