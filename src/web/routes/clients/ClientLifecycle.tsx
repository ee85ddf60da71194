// On the client page: "Download everything" (the whole record as JSON or a readable PDF; each
// download is written to the access log) and "Delete this client", whose dialog says plainly what
// the retention rule does with this client now: destroyed at once, or hidden and kept until a date.
import { Alert, Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from '../../app/routing.tsx';
import { clientExportUrls, useDeleteClient, useDeletionPlan, type DeletionPlan } from '../../api/client-lifecycle.ts';
import { messageOf } from '../../api/http.ts';
import { formatDay } from '../../components/dates.ts';

function WhatHappens({ plan }: { plan: DeletionPlan }) {
  if (plan.outcome === 'destroyed')
    return (
      <Text size="sm">
        The record, its consents and its access log are destroyed now, with the client’s encryption key. Referrals that
        named this client stay, but nothing about the client can be read in them any more. This cannot be undone.
      </Text>
    );
  return (
    <Stack gap="xs">
      <Text size="sm">
        This record must be kept for {plan.retentionYears} years because it has {plan.reasons.join(' and ')}. So it is:
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>hidden and locked now: nobody can open or change it, and the client’s portal access ends;</List.Item>
        <List.Item>
          destroyed, with the client’s encryption key, after {plan.destroyAfter ? formatDay(plan.destroyAfter) : '—'}.
        </List.Item>
      </List>
      <Text size="sm">It cannot be brought back.</Text>
    </Stack>
  );
}

function DeleteDialog({ clientId, name, onClose }: { clientId: string; name: string; onClose: () => void }) {
  const plan = useDeletionPlan(clientId, true);
  const remove = useDeleteClient(clientId);
  const navigate = useNavigate();
  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: (done) => {
        notifications.show({
          title: done.outcome === 'destroyed' ? 'Client deleted' : 'Client deleted and locked',
          message:
            done.outcome === 'destroyed'
              ? 'The record was destroyed.'
              : `The record is hidden and will be destroyed after ${formatDay(done.destroyAfter!)}.`,
        });
        void navigate('/clients');
      },
    });
  return (
    <Modal opened onClose={onClose} title={`Delete ${name}?`} centered>
      <Stack gap="md">
        {plan.isPending && <Text size="sm">Checking what must be kept…</Text>}
        {plan.isError && <Alert color="red">{messageOf(plan.error)}</Alert>}
        {plan.data && <WhatHappens plan={plan.data} />}
        <Text size="sm">Download everything first if you need a copy.</Text>
        {remove.isError && <Alert color="red">{messageOf(remove.error)}</Alert>}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Keep
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending} disabled={!plan.data}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

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
      {deleting && <DeleteDialog clientId={clientId} name={name} onClose={() => setDeleting(false)} />}
    </Paper>
  );
}
