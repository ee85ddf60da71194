import { Badge } from '@mantine/core';
import type { ReferralStatus, ReferralUrgency } from '../../api/referrals.ts';
import { statusLooks, urgencyLabels } from './referral-labels.ts';

export function StatusBadge({ status }: { status: ReferralStatus }) {
  return (
    <Badge color={statusLooks[status].color} variant="light" tt="none" style={{ flexShrink: 0 }}>
      {statusLooks[status].label}
    </Badge>
  );
}

export function UrgencyBadge({ urgency }: { urgency: ReferralUrgency }) {
  return (
    <Badge
      color={urgencyLabels[urgency].color}
      variant={urgency === 'urgent' ? 'filled' : 'outline'}
      tt="none"
      style={{ flexShrink: 0 }}
    >
      {urgencyLabels[urgency].label}
    </Badge>
  );
}
