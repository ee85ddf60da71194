// One referral in the inbox or outbox: the other party, where it stands, how urgent, when.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { ReferralSummary } from '../../api/referrals.ts';
import { formatMoment } from '../../components/dates.ts';
import { professionName, specialtyName } from './guide-labels.ts';
import { StatusBadge, UrgencyBadge } from './ReferralBadges.tsx';

export function ReferralRow({ referral }: { referral: ReferralSummary }) {
  const incoming = referral.side === 'recipient';
  const other = incoming ? referral.from : referral.to;
  const title = `${incoming ? 'From' : 'To'} ${other.name}`;
  return (
    <Paper component="li" withBorder radius="md" p="sm" aria-label={title}>
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/referrals/${referral.id}`} fw={600}>
            {title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {[
              professionName(other.profession),
              referral.specialty ? specialtyName(referral.specialty) : '',
              other.kind === 'contact' ? 'by email link' : '',
              referral.redirectedFrom ? `covering for ${referral.redirectedFrom.name}` : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="xs" c="dimmed">
            Sent {formatMoment(referral.createdAt)} · last change {formatMoment(referral.updatedAt)}
          </Text>
        </Stack>
        <Group gap={6} wrap="nowrap">
          <UrgencyBadge urgency={referral.urgency} />
          <StatusBadge status={referral.status} />
        </Group>
      </Group>
    </Paper>
  );
}
