// /trades: propose a trade to a member, my trades, and the minutes ledger per partner. Opened with
// ?to=<slug> (from a member's page) the form starts with that member.
import { Button, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { useNavigate, useSearchParams } from '../../app/routing.tsx';
import { useLedger, useTrades } from '../../api/trades.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { TradeList } from './TradeList.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

// The form (and the zod schemas it checks with) loads only when someone proposes.
// The ledger's table (Mantine's Table brings floating-ui) loads while the ledger does.
const LedgerTable = lazy(async () => ({ default: (await import('./LedgerTable.tsx')).LedgerTable }));
const ProposeTradeForm = lazy(async () => ({ default: (await import('./ProposeTradeForm.tsx')).ProposeTradeForm }));

function Trades() {
  const trades = useTrades();
  const ledger = useLedger();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const to = search.get('to') ?? '';
  const [proposing, setProposing] = useState(to !== '');

  if (trades.isError) return <LoadError error={trades.error} retry={() => void trades.refetch()} />;
  if (!trades.data) return <PageLoader />;

  return (
    <Stack gap="xl">
      {proposing || trades.data.length === 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="propose-heading">
          <Title order={2} size="h3" id="propose-heading">
            Propose a trade
          </Title>
          <Suspense fallback={<PageLoader />}>
            <ProposeTradeForm
              initialSlug={to}
              onProposed={(trade) => {
                setProposing(false);
                notifications.show({ color: 'sage', message: `Trade proposed to ${trade.partner.name}.` });
                void navigate(`/trades/${trade.id}`);
              }}
            />
          </Suspense>
        </Stack>
      ) : (
        <Group>
          <Button onClick={() => setProposing(true)}>Propose a trade</Button>
        </Group>
      )}
      <Stack gap="xs" component="section" aria-labelledby="trades-heading">
        <Title order={2} size="h3" id="trades-heading">
          My trades
        </Title>
        <TradeList trades={trades.data} />
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="ledger-heading">
        <Title order={2} size="h3" id="ledger-heading">
          Ledger
        </Title>
        <Suspense fallback={<PageLoader />}>
          <QueryState query={ledger}>{(data) => <LedgerTable ledger={data} />}</QueryState>
        </Suspense>
      </Stack>
    </Stack>
  );
}

export function TradesPage() {
  return (
    <PageFrame
      title="Trades"
      intro="Trade sessions with colleagues to learn each other's style: minutes for minutes, kept in a ledger."
      size="lg"
    >
      <Trades />
    </PageFrame>
  );
}
