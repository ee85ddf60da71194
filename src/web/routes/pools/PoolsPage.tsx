// /pools: open group purchases to join, the ones I organize or pledged to, and starting one (the
// form loads only when asked for).
import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from '../../app/routing.tsx';
import { usePools, type Pool } from '../../api/pools.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatCents, statusColors, statusLabels, units, when } from './pool-labels.ts';

const StartPoolForm = lazy(async () => ({ default: (await import('./StartPoolForm.tsx')).StartPoolForm }));

function PoolCard({ pool }: { pool: Pool }) {
  return (
    <Paper withBorder p="md" component="li" style={{ listStyle: 'none' }}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/pools/${pool.id}`} fw={600}>
            {pool.title}
          </Anchor>
          <Badge color={statusColors[pool.status]} variant="light">
            {statusLabels[pool.status]}
          </Badge>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {pool.item} from {pool.supplier}
        </Text>
        <Text size="sm" c="dimmed">
          {units(pool.totalQuantity)} of {pool.minimumQuantity} pledged · {formatCents(pool.unitPrice)} each · closes{' '}
          {when(pool.deadline)}
          {pool.myPledge ? ` · you: ${units(pool.myPledge.quantity)}` : ''}
          {pool.place ? ` · pick-up in ${pool.place.city}, ${pool.place.region}` : ''}
          {pool.distance !== null ? ` (${pool.distance} mi)` : ''}
        </Text>
      </Stack>
    </Paper>
  );
}

function PoolList({ scope, near = '', empty }: { scope: 'open' | 'mine'; near?: string; empty: string }) {
  const pools = usePools(scope, near);
  return (
    <QueryState query={pools} isEmpty={(items) => items.length === 0} empty={<Text c="dimmed">{empty}</Text>}>
      {(items) => (
        <Stack component="ul" gap="sm" p={0} m={0}>
          {items.map((pool) => (
            <PoolCard key={pool.id} pool={pool} />
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

/** Near a postal code (25 miles); empty: every open pool. */
function NearForm({ onSearch }: { onSearch: (near: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      aria-label="Find pools near"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(value.trim());
      }}
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Near (postal code)"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          style={{ width: '11rem' }}
        />
        <Button type="submit" variant="default">
          Search
        </Button>
      </Group>
    </form>
  );
}

export function PoolsPage() {
  const [starting, setStarting] = useState(false);
  const [near, setNear] = useState('');
  const navigate = useNavigate();
  return (
    <PageFrame
      title="Group purchasing"
      intro="Buy supplies together: everyone pays the price of the lowest tier the group reaches. No payment is taken here."
      size="lg"
    >
      <Stack gap="xl">
        {starting ? (
          <Stack gap="xs" component="section" aria-labelledby="start-heading">
            <Title order={2} size="h3" id="start-heading">
              Start a pool
            </Title>
            <Suspense fallback={<PageLoader />}>
              <StartPoolForm
                onStarted={(pool) => void navigate(`/pools/${pool.id}`)}
                onCancel={() => setStarting(false)}
              />
            </Suspense>
          </Stack>
        ) : (
          <Group>
            <Button onClick={() => setStarting(true)}>Start a pool</Button>
          </Group>
        )}
        <Stack gap="xs" component="section" aria-labelledby="open-heading">
          <Title order={2} size="h3" id="open-heading">
            Open pools
          </Title>
          <NearForm onSearch={setNear} />
          <PoolList
            scope="open"
            near={near}
            empty={near ? 'No open pools picked up within 25 miles.' : 'No open pools right now. Start one!'}
          />
        </Stack>
        <Stack gap="xs" component="section" aria-labelledby="mine-heading">
          <Title order={2} size="h3" id="mine-heading">
            My pools and pledges
          </Title>
          <PoolList scope="mine" empty="You have not started or pledged to a pool yet." />
        </Stack>
      </Stack>
    </PageFrame>
  );
}
