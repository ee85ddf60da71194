// /clients/:id: one client — details and private notes, consent records, and "Refer this client".
// Opened with ?consent=new (from the referral form) the consent form is already open.
import { Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from '../../app/routing.tsx';
import { useClient, useUpdateClient, type Client } from '../../api/clients.ts';
import { ApiError, messageOf } from '../../api/http.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { formatDay } from '../../components/dates.ts';
import { AccessLog } from './AccessLog.tsx';
import { PortalAccessCard } from './PortalAccessCard.tsx';
import { ClinicalIdleTimeout } from '../../components/ClinicalIdleTimeout.tsx';
import { Consents } from './Consents.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { useLazyDialog } from '../../components/use-lazy-dialog.ts';

const SessionsSection = lazy(async () => ({
  default: (await import('./sessions/SessionsSection.tsx')).SessionsSection,
}));
const ClientCare = lazy(async () => ({ default: (await import('./ClientCare.tsx')).ClientCare }));
const EditClientModal = lazy(async () => ({ default: (await import('./ClientModals.tsx')).EditClientModal }));
const ClientLifecycle = lazy(async () => ({ default: (await import('./ClientLifecycle.tsx')).ClientLifecycle }));

function Details({ client, onEdit }: { client: Client; onEdit: () => void }) {
  const update = useUpdateClient(client.id);
  const archive = () =>
    update.mutate(
      { archived: !client.archivedAt },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: 'The client was not changed', message: messageOf(error) }),
      },
    );
  const rows = [
    ['Email', client.email],
    ['Phone', client.phone],
    ['Date of birth', client.dateOfBirth ? formatDay(client.dateOfBirth) : ''],
  ].filter(([, value]) => value);
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-label="Details">
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            No contact details yet.
          </Text>
        )}
        {rows.map(([label, value]) => (
          <Stack key={label} gap={0}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text size="sm">{value}</Text>
          </Stack>
        ))}
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            Notes (private)
          </Text>
          <Text size="sm" className="pre-line">
            {client.notes || '—'}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onEdit}>
            Edit
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={archive} loading={update.isPending}>
            {client.archivedAt ? 'Restore' : 'Archive'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Loaded({ id }: { id: string }) {
  const client = useClient(id);
  const [search] = useSearchParams();
  const editor = useLazyDialog();
  // While it loads; once loaded the frame names the tab the same way.
  useDocumentTitle(client.data ? `${client.data.name} — Clients — Kneadwork` : 'Clients — Kneadwork');
  if (client.error instanceof ApiError && (client.error.status === 404 || client.error.status === 400))
    return <NotFoundPage />;
  if (client.isError) return <LoadError error={client.error} retry={() => void client.refetch()} />;
  if (!client.data) return <PageLoader />;
  const data = client.data;
  return (
    <PageFrame
      title={data.name}
      documentTitle={`${data.name} — Clients`}
      back={{ to: '/clients', label: 'Clients' }}
      intro={data.archivedAt ? `Archived ${formatDay(data.archivedAt)}` : `Client since ${formatDay(data.createdAt)}`}
      actions={
        <Button component={Link} to={`/referrals/new?clientId=${data.id}`}>
          Refer this client
        </Button>
      }
    >
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Details client={data} onEdit={editor.open} />
            <PortalAccessCard clientId={data.id} hasEmail={Boolean(data.email)} />
            <AccessLog clientId={data.id} />
            <Suspense fallback={null}>
              <ClientLifecycle clientId={data.id} name={data.name} />
            </Suspense>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Suspense fallback={<PageLoader />}>
              <ClientCare clientId={data.id} />
            </Suspense>
            <Suspense fallback={<PageLoader />}>
              <SessionsSection clientId={data.id} />
            </Suspense>
            <Consents clientId={data.id} startOpen={search.get('consent') === 'new'} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ClinicalIdleTimeout />
      {editor.loaded && (
        <Suspense fallback={null}>
          <EditClientModal client={data} opened={editor.opened} onClose={editor.close} onClosed={editor.onClosed} />
        </Suspense>
      )}
    </PageFrame>
  );
}

export function ClientPage() {
  const { id = '' } = useParams();
  return <Loaded id={id} />;
}
