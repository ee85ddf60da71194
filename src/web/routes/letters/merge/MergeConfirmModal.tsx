// The last look before a merge sends: how many letters go by email and to whom, how many are
// written for printing, and whether each emailed recipient is issued a certificate — the same
// confirmation a single letter asks for (SendConfirmModal).
import { Button, Group, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import type { Contact } from '../../../../contracts/contacts.ts';
import { nonTransferableNotice, type Offer } from '../../../../contracts/offers.ts';

type Props = {
  opened: boolean;
  onClose: () => void;
  onClosed?: () => void;
  onConfirm: () => void;
  emailed: Contact[];
  printable: Contact[];
  offer: Offer | null;
};

const letters = (count: number) => `${count} ${count === 1 ? 'letter' : 'letters'}`;

export function MergeConfirmModal({ opened, onClose, onClosed, onConfirm, emailed, printable, offer }: Props) {
  const title =
    emailed.length > 0 ? `Send ${letters(emailed.length)} by email?` : `Write ${letters(printable.length)} to print?`;
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={onClosed} title={title} centered size="lg">
      <Stack gap="md">
        {emailed.length > 0 && (
          <Stack gap={6}>
            <Text size="sm">
              <strong>{letters(emailed.length)}</strong> go out now, each as an email with its PDF attached. Sent
              letters can no longer be edited.
            </Text>
            <ScrollArea.Autosize mah={220} type="auto">
              <List size="sm" spacing={2} aria-label="Emailed to">
                {emailed.map((contact) => (
                  <List.Item key={contact.id}>
                    {contact.name} — {contact.email}
                  </List.Item>
                ))}
              </List>
            </ScrollArea.Autosize>
          </Stack>
        )}
        {printable.length > 0 && (
          <Text size="sm">
            {letters(printable.length)} written for printing, not sent:{' '}
            {printable.map((contact) => contact.name).join(', ')}.
          </Text>
        )}
        {emailed.length > 0 &&
          (offer ? (
            <Text size="sm">
              Each emailed recipient is issued a certificate — <strong>{offer.title}</strong> ({offer.summary}) —
              attached to their email and offered in their letter. It is marked “{nonTransferableNotice}”.
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              No certificate is included.
            </Text>
          ))}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={onConfirm}>
            {emailed.length > 0 ? `Send ${letters(emailed.length)}` : `Write ${letters(printable.length)}`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
