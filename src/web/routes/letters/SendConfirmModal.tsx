// The last look before an email leaves: to whom, and whether a certificate is issued with it.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { nonTransferableNotice, type Offer } from '../../../contracts/offers.ts';

type Props = {
  opened: boolean;
  onClose: () => void;
  onClosed?: () => void;
  onConfirm: () => void;
  sending: boolean;
  recipient: string;
  email: string;
  offer: Offer | null;
};

export function SendConfirmModal({ opened, onClose, onClosed, onConfirm, sending, recipient, email, offer }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={onClosed} title="Send this letter?" centered>
      <Stack gap="md">
        <Text size="sm">
          The letter goes to <strong>{recipient}</strong> at <strong>{email}</strong> as an email with the PDF attached.
          Unsaved changes are saved first; a sent letter can no longer be edited.
        </Text>
        {offer ? (
          <Text size="sm">
            A certificate — <strong>{offer.title}</strong> ({offer.summary}) — is issued to {recipient} and attached. It
            is marked “{nonTransferableNotice}”.
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No certificate is included.
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={sending}>
            Cancel
          </Button>
          <Button onClick={onConfirm} loading={sending}>
            Send now
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
