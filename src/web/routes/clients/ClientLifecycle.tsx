// On the client page: "Download everything" (the whole record as JSON or a readable PDF; each
// download is written to the access log) and "Delete this client", whose dialog says plainly what
// the retention rule does with this client now: destroyed at once, or hidden and kept until a date.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { clientExportUrls } from '../../api/client-lifecycle.ts';

// The dialog (a modal) loads when "Delete this client" is pressed.
const DeleteDialog = lazy(async () => ({ default: (await import('./DeleteClientDialog.tsx')).DeleteDialog }));

export function ClientLifecycle({ clientId, name }: { clientId: string; name: string }) {
  const [deleting, setDeleting] = useState(false);
  const urls = clientExportUrls(clientId);
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="record-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="record-title">
          Download everything
        </Title>
        <Text size="sm" c="dimmed">
          The whole record, to keep or to give the client. Each download is written to the access log.
        </Text>
        <Group gap="xs">
          <Button component="a" href={urls.pdf} download size="xs" variant="default">
            PDF
          </Button>
          <Button component="a" href={urls.json} download size="xs" variant="default">
            JSON
          </Button>
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(true)}>
            Delete this client
          </Button>
        </Group>
      </Stack>
      {deleting && (
        <Suspense fallback={null}>
          <DeleteDialog clientId={clientId} name={name} onClose={() => setDeleting(false)} />
        </Suspense>
      )}
    </Paper>
  );
}
