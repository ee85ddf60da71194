// /clients: my private client list — find a client, add one, open their record and consents.
import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { Link } from '../../app/routing.tsx';
import { useClients, type ClientSummary } from '../../api/clients.ts';
import { formatDay } from '../../components/dates.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useLazyDialog } from '../../components/use-lazy-dialog.ts';

// The form (and its dialog) loads when first opened, not with the list.
const AddClientModal = lazy(async () => ({ default: (await import('./ClientModals.tsx')).AddClientModal }));

function ClientRow({ client }: { client: ClientSummary }) {
  return (
    <Paper component="li" withBorder radius="md" p="sm" aria-label={client.name}>
      <Group justify="space-between" gap="sm">
        <Stack gap={0}>
          <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
            {client.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            Added {formatDay(client.createdAt)}
          </Text>
        </Stack>
        <Group gap={6}>
          {client.archivedAt && (
            <Badge color="gray" variant="light" tt="none">
              Archived
            </Badge>
          )}
          <Badge color={client.activeConsents > 0 ? 'sage' : 'gray'} variant="light" tt="none">
            {client.activeConsents === 0
              ? 'No consent to share'
              : `${client.activeConsents} active consent${client.activeConsents === 1 ? '' : 's'}`}
          </Badge>
        </Group>
      </Group>
    </Paper>
  );
}

function Clients() {
  const [query, setQuery] = useState('');
  const [archived, setArchived] = useState(false);
  const [settled] = useDebouncedValue(query.trim(), 250);
  const clients = useClients(settled, archived);
  const dialog = useLazyDialog();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="md">
          <TextInput
            label="Find a client"
            placeholder="Name"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={260}
          />
          <Checkbox
            label="Show archived"
            checked={archived}
            onChange={(event) => setArchived(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Group gap="xs">
          <Button component={Link} to="/alliance" variant="default">
            Alliance
          </Button>
          <Button onClick={dialog.open}>Add client</Button>
        </Group>
      </Group>
      <QueryState
        query={clients}
        isEmpty={(items) => items.length === 0}
        empty={
          <Text c="dimmed">
            {settled
              ? `No client matches “${settled}”.`
              : 'No clients yet. Add the first one to record their consent and refer them when they need it.'}
          </Text>
        }
      >
        {(items) => (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="My clients">
            {items.map((client) => (
              <ClientRow key={client.id} client={client} />
            ))}
          </Stack>
        )}
      </QueryState>
      {dialog.loaded && (
        <Suspense fallback={null}>
          <AddClientModal opened={dialog.opened} onClose={dialog.close} onClosed={dialog.onClosed} />
        </Suspense>
      )}
    </Stack>
  );
}

export function ClientsPage() {
  return (
    <PageFrame
      title="Clients"
      intro="Your private client list. Only you see it; nothing is shared without the client’s recorded consent."
      size="lg"
    >
      <Clients />
    </PageFrame>
  );
}
