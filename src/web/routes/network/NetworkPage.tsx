// /network: my trusted network — connection requests, the members I am connected with (and which of
// them I trust), and the reciprocity of referrals with each partner.
import { Grid, Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useConnections, useReciprocity } from '../../api/network.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ConnectForm } from './ConnectForm.tsx';
import { ConnectionList } from './ConnectionList.tsx';
import { ConnectionRequests } from './ConnectionRequests.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

// The reciprocity section (tables, chart, picture) loads while its figures do: the page asks for
// them at once, so the code comes in parallel instead of first.
const Reciprocity = lazy(async () => ({ default: (await import('./Reciprocity.tsx')).Reciprocity }));

function Connections() {
  return (
    <QueryState query={useConnections()}>
      {(items) => (
        <Stack gap="lg">
          <ConnectionRequests items={items.filter((item) => item.status === 'pending')} />
          <ConnectionList items={items.filter((item) => item.status === 'accepted')} />
          <ConnectForm known={new Set(items.map((item) => item.member.slug))} />
        </Stack>
      )}
    </QueryState>
  );
}

export function NetworkPage() {
  useReciprocity();
  return (
    <PageFrame title="Network" intro="The colleagues you refer to and trust, and how referrals flow between you.">
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Connections />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Suspense fallback={<PageLoader />}>
            <Reciprocity />
          </Suspense>
        </Grid.Col>
      </Grid>
    </PageFrame>
  );
}
