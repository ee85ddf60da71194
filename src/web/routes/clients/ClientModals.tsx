// The client form in a dialog: adding a new client (then opening their page) or editing one.
// Loaded when first opened (see use-lazy-dialog.ts), so the list and record pages stay light.
import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '../../app/routing.tsx';
import { useCreateClient, useUpdateClient, type Client } from '../../api/clients.ts';
import { ClientForm } from './ClientForm.tsx';
import { emptyClient, toFormValues, toInput } from './client-form.ts';

type DialogProps = { opened: boolean; onClose: () => void; onClosed?: () => void };

export function AddClientModal({ opened, onClose, onClosed }: DialogProps) {
  const create = useCreateClient();
  const navigate = useNavigate();
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={onClosed} title="Add a client" size="lg" radius="lg">
      <ClientForm
        initial={emptyClient}
        submitLabel="Add client"
        mutation={create}
        toBody={toInput}
        onCancel={onClose}
        onSaved={(client) => {
          notifications.show({ color: 'sage', message: `${client.name} is on your client list.` });
          onClose();
          void navigate(`/clients/${client.id}`);
        }}
      />
    </Modal>
  );
}

export function EditClientModal({ client, opened, onClose, onClosed }: DialogProps & { client: Client }) {
  const update = useUpdateClient(client.id);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onClosed}
      title={`Edit ${client.name}`}
      size="lg"
      radius="lg"
    >
      <ClientForm
        initial={toFormValues(client)}
        submitLabel="Save"
        mutation={update}
        toBody={toInput}
        onCancel={onClose}
        onSaved={() => {
          notifications.show({ color: 'sage', message: 'Saved.' });
          onClose();
        }}
      />
    </Modal>
  );
}
