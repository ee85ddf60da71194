// /portal/records/{clientId}: my record with one therapist — what waits for me, my intake, goals
// and plan, the notes they shared, my consents, who has read my record, and "download everything".
import { Anchor, Divider, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { Link, useParams } from '../../app/routing.tsx';
import { usePortalRecord } from '../../api/portal.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { PortalAccessLog } from './PortalAccessLog.tsx';
import { PortalConsents } from './PortalConsents.tsx';
import { PortalExport } from './PortalExport.tsx';
import { PortalSharedNotes } from './PortalSharedNotes.tsx';

// The forms (intake, plan, check-ins) carry their own inputs: each loads with the page, apart.
const PortalCheckIns = lazy(async () => ({ default: (await import('./PortalCheckIns.tsx')).PortalCheckIns }));
const PortalIntake = lazy(async () => ({ default: (await import('./PortalIntake.tsx')).PortalIntake }));
const PortalPlan = lazy(async () => ({ default: (await import('./PortalPlan.tsx')).PortalPlan }));

export function PortalRecordPage() {
  const { clientId = '' } = useParams<{ clientId: string }>();
  const record = usePortalRecord(clientId);
  const therapist = record.data?.therapist?.displayName ?? 'your therapist';
  useDocumentTitle(`Your record with ${therapist} — Kneadwork`);
  if (record.isPending) return <PageLoader />;
  if (record.isError)
    return (
      <Stack>
        <Title order={1} size="h3">
          This record is not open to you
        </Title>
        <Anchor component={Link} to="/portal">
          Back to your portal
        </Anchor>
      </Stack>
    );
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/portal" size="sm">
          ← Your portal
        </Anchor>
        <Title order={1} size="h2">
          Your record with {therapist}
        </Title>
        <Text size="sm" c="dimmed">
          Private to you and {therapist}. Every time someone opens it, it is written down below.
        </Text>
      </Stack>
      <Suspense fallback={<PageLoader />}>
        <PortalCheckIns clientId={clientId} />
        <Divider />
        <PortalIntake clientId={clientId} />
        <Divider />
        <PortalPlan clientId={clientId} />
      </Suspense>
      <Divider />
      <PortalSharedNotes clientId={clientId} />
      <Divider />
      <PortalConsents clientId={clientId} />
      <Divider />
      <PortalAccessLog clientId={clientId} />
      <Divider />
      <PortalExport clientId={clientId} />
    </Stack>
  );
}
