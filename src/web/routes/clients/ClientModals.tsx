// The client form in a dialog: adding a new client (then opening their page) or editing one.
import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '../../app/routing.tsx';
import { useCreateClient, useUpdateClient, type Client } from '../../api/clients.ts';
import { ClientForm } from './ClientForm.tsx';
import { emptyClient, toFormValues, toInput } from './client-form.ts';

export function AddClientModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateClient();
  const navigate = useNavigate();
  return (
    <Modal opened={opened} onClose={onClose} title="Add a client" size="lg" radius="lg">
      <ClientForm
        initial={emptyClient}
        submitLabel="Add client"
        saving={create.isPending}
        onCancel={onClose}
        onSave={async (values) => {
          const client = await create.mutateAsync(toInput(values));
          notifications.show({ color: 'sage', message: `${client.name} is on your client list.` });
          onClose();
          void navigate(`/clients/${client.id}`);
        }}
      />
    </Modal>
  );
}

export function EditClientModal({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const update = useUpdateClient(client.id);
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${client.name}`} size="lg" radius="lg">
      <ClientForm
        initial={toFormValues(client)}
        submitLabel="Save"
        saving={update.isPending}
        onCancel={onClose}
        onSave={async (values) => {
          await update.mutateAsync(toInput(values));
          notifications.show({ color: 'sage', message: 'Saved.' });
          onClose();
        }}
      />
    </Modal>
  );
}
