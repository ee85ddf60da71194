// /referrals: the referrals I received (inbox) and sent (outbox), filtered by status and urgency.
// Box, filters and page live in the address, so a filtered view can be bookmarked or shared.
import { Button, Group, NativeSelect, Pagination, SegmentedControl, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from '../../app/routing.tsx';
import { useReferrals } from '../../api/referrals.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { statusLooks, urgencyLabels } from './referral-labels.ts';

// Keys from the label tables, not the contract's arrays: the contract module brings zod into this chunk.
const statuses = Object.keys(statusLooks) as (keyof typeof statusLooks)[];
const urgencies = Object.keys(urgencyLabels) as (keyof typeof urgencyLabels)[];
import { ReferralRow } from './ReferralRow.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

function Filters({ search, set }: { search: URLSearchParams; set: (key: string, value: string) => void }) {
  return (
    <Group gap="sm" align="flex-end">
      <SegmentedControl
        aria-label="Box"
        value={search.get('box') ?? 'inbox'}
        onChange={(value) => set('box', value)}
        data={[
          { value: 'inbox', label: 'Inbox' },
          { value: 'outbox', label: 'Outbox' },
        ]}
      />
      <NativeSelect
        label="Status"
        value={search.get('status') ?? ''}
        onChange={(event) => set('status', event.currentTarget.value)}
        data={[
          { value: '', label: 'Any status' },
          ...statuses.map((value) => ({ value, label: statusLooks[value].label })),
        ]}
      />
      <NativeSelect
        label="Urgency"
        value={search.get('urgency') ?? ''}
        onChange={(event) => set('urgency', event.currentTarget.value)}
        data={[
          { value: '', label: 'Any urgency' },
          ...urgencies.map((value) => ({ value, label: urgencyLabels[value].label })),
        ]}
      />
    </Group>
  );
}

function Referrals() {
  const [search, setSearch] = useSearchParams();
  const referrals = useReferrals(search);
  const set = (key: string, value: string) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (value && !(key === 'box' && value === 'inbox')) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
      return next;
    });
  const outbox = search.get('box') === 'outbox';
  const filtered = search.has('status') || search.has('urgency');
  const data = referrals.data;
  return (
    <Stack gap="md">
      <Filters search={search} set={set} />
      {referrals.isError ? (
        <LoadError error={referrals.error} retry={() => void referrals.refetch()} />
      ) : !data ? (
        <PageLoader />
      ) : data.items.length === 0 ? (
        <Text c="dimmed">
          {filtered
            ? 'No referrals match these filters.'
            : outbox
              ? 'You have not referred a client yet.'
              : 'No one has referred a client to you yet.'}
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={outbox ? 'Referrals I sent' : 'Referrals I received'}
        >
          {data.items.map((referral) => (
            <ReferralRow key={referral.id} referral={referral} />
          ))}
        </Stack>
      )}
      {data && data.total > data.pageSize && (
        <Pagination
          total={Math.ceil(data.total / data.pageSize)}
          value={data.page}
          onChange={(page) => set('page', String(page))}
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
        />
      )}
    </Stack>
  );
}

export function ReferralsPage() {
  return (
    <PageFrame
      title="Referrals"
      intro="Clients you referred out and clients referred to you, from sending to the client’s return."
      size="lg"
      actions={
        <Button component={Link} to="/referrals/new">
          Refer a client
        </Button>
      }
    >
      <Referrals />
    </PageFrame>
  );
}
