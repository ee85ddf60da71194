// "Delete this client": the dialog says plainly what the retention rule does with this client now
// (destroyed at once, or hidden and kept until a date). Loaded when the button is pressed.
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '../../app/routing.tsx';
import { useDeleteClient, useDeletionPlan, type DeletionPlan } from '../../api/client-lifecycle.ts';
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

export function DeleteDialog({ clientId, name, onClose }: { clientId: string; name: string; onClose: () => void }) {
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
