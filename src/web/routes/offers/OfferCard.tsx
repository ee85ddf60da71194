// One offer in my list: what it is, when it runs, its figures, and (with ?contactId=) a button to
// issue a certificate to that contact straight away.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from '../../app/routing.tsx';
import type { Offer } from '../../../contracts/offers.ts';
import { formatDay } from '../../components/dates.ts';
import { OfferFigures } from './OfferFigures.tsx';
import { OfferStateBadge } from './StatusBadges.tsx';

export function OfferCard({ offer, action }: { offer: Offer; action?: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p="md" component="article" aria-labelledby={`offer-${offer.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 240px', minWidth: 0 }}>
            <Group gap="xs">
              <Anchor component={Link} to={`/offers/${offer.id}`} fw={650} size="lg" id={`offer-${offer.id}`}>
                {offer.title}
              </Anchor>
              <OfferStateBadge state={offer.state} />
            </Group>
            <Text size="sm">
              {offer.summary} · {formatDay(offer.validFrom)} – {formatDay(offer.validUntil)}
            </Text>
          </Stack>
          {action}
        </Group>
        <OfferFigures offer={offer} />
        <Text size="xs" c="dimmed" fs="italic">
          {offer.notice}
        </Text>
      </Stack>
    </Paper>
  );
}
