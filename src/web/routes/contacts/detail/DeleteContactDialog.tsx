// Deleting asks first: the interaction log goes with the contact.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '../../../app/routing.tsx';
import type { Contact } from '../../../../contracts/contacts.ts';
import { useDeleteContact } from '../../../api/contacts.ts';
import { FormAlert } from '../../../components/FormAlert.tsx';

type Props = { contact: Contact; opened: boolean; onClose: () => void; onClosed: () => void };

export function DeleteContactDialog({ contact, opened, onClose, onClosed }: Props) {
  const remove = useDeleteContact();
  const navigate = useNavigate();
  const onConfirm = () =>
    remove.mutate(contact.id, {
      onSuccess: () => {
        notifications.show({ message: `${contact.name} was deleted from your list.` });
        void navigate('/contacts', { replace: true });
      },
    });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onClosed}
      title={`Delete ${contact.name}?`}
      radius="lg"
    >
      <Stack gap="md">
        <Text size="sm">
          Their details and the log of your approaches are deleted with them. This cannot be undone.
        </Text>
        <FormAlert message={remove.isError ? remove.error.message : null} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep
          </Button>
          <Button color="red" loading={remove.isPending} onClick={onConfirm}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
