// /pools/:id: where the pool stands (the live total, the tier reached, the price everyone pays),
// the tiers, my pledge, and for the organizer the order sheet downloads and cancelling.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from '../../app/routing.tsx';
import { orderSheetUrl, useCancelPool, usePool, type Pool } from '../../api/pools.ts';
import { messageOf } from '../../api/http.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { PledgeForm } from './PledgeForm.tsx';
import { TiersTable } from './TiersTable.tsx';
import { formatCents, statusColors, statusLabels, units, when } from './pool-labels.ts';

function Standing({ pool }: { pool: Pool }) {
  return (
    <Paper withBorder p="md" component="section" aria-label="Where the pool stands">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {pool.item} from {pool.supplier}
          </Text>
          <Badge color={statusColors[pool.status]} variant="light" size="lg">
            {statusLabels[pool.status]}
          </Badge>
        </Group>
        {pool.hidden && <Text c="red">Hidden by a moderator: only you can see this pool.</Text>}
        {pool.description && <Text size="sm">{pool.description}</Text>}
        <Text aria-live="polite" data-testid="pool-total">
          <strong>{units(pool.totalQuantity)}</strong> pledged by {pool.pledgeCount}{' '}
          {pool.pledgeCount === 1 ? 'member' : 'members'}; everyone pays <strong>{formatCents(pool.unitPrice)}</strong>{' '}
          per unit{pool.currentTier ? ` (tier ${pool.currentTier})` : ''}.
        </Text>
        <Text size="sm">
          Minimum to go ahead: {units(pool.minimumQuantity)}
          {pool.minimumReached ? ' — reached.' : ` — ${units(pool.minimumQuantity - pool.totalQuantity)} to go.`}
        </Text>
        <Text size="sm" c="dimmed">
          {pool.status === 'open' ? 'Closes' : 'Closed'} {when(pool.deadline)}. Organized by{' '}
          {pool.organizer?.displayName ?? 'a member'}
          {pool.place ? `; pick-up in ${pool.place.city}, ${pool.place.region} ${pool.place.postalCode}` : ''}.
        </Text>
      </Stack>
    </Paper>
  );
}

function Organizer({ pool }: { pool: Pool }) {
  const cancel = useCancelPool(pool.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <Stack gap="xs" component="section" aria-labelledby="organizer-heading">
      <Title order={2} size="h3" id="organizer-heading">
        Order sheet
      </Title>
      <Text size="sm" c="dimmed">
        Who owes what at the current price (final once the pool closes). No payment is taken in Kneadwork.
      </Text>
      <Group>
        <Button component="a" href={orderSheetUrl(pool.id, 'csv')} download variant="default">
          Download CSV
        </Button>
        <Button component="a" href={orderSheetUrl(pool.id, 'pdf')} download variant="default">
          Download PDF
        </Button>
      </Group>
      {pool.status === 'open' && (
        <Group>
          {confirming ? (
            <>
              <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate()}>
                Yes, cancel
              </Button>
              <Button variant="subtle" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
              Cancel pool
            </Button>
          )}
        </Group>
      )}
      <FormAlert message={cancel.error ? messageOf(cancel.error) : null} />
    </Stack>
  );
}

function PoolDetail({ pool }: { pool: Pool }) {
  return (
    <Stack gap="lg">
      <Standing pool={pool} />
      <Stack gap="xs" component="section" aria-labelledby="tiers-heading">
        <Title order={2} size="h3" id="tiers-heading">
          Price tiers
        </Title>
        <TiersTable pool={pool} />
      </Stack>
      {pool.status === 'open' && (
        <Stack gap="xs" component="section" aria-labelledby="pledge-heading">
          <Title order={2} size="h3" id="pledge-heading">
            My pledge
          </Title>
          <PledgeForm key={pool.myPledge?.quantity ?? 0} pool={pool} />
        </Stack>
      )}
      {pool.status !== 'open' && pool.myPledge && (
        <Text>
          You pledged {units(pool.myPledge.quantity)}
          {pool.status === 'going-ahead'
            ? `: you owe ${formatCents(pool.myPledge.amount)} to the organizer.`
            : '; nothing is owed.'}
        </Text>
      )}
      {pool.mine && <Organizer pool={pool} />}
    </Stack>
  );
}

export function PoolPage() {
  const { id = '' } = useParams();
  const pool = usePool(id);
  return (
    <PageFrame
      title={pool.data?.title ?? 'Pool'}
      back={{ to: '/pools', label: 'Group purchasing' }}
      intro="A group purchase: everyone pays the price of the lowest tier the total reaches."
      size="md"
    >
      <QueryState query={pool}>{(data) => <PoolDetail pool={data} />}</QueryState>
    </PageFrame>
  );
}
