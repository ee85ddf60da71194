// The re-booking reminder: the template's email, to read and edit before sending (never automatic).
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { messageOf } from '../../api/http.ts';
import { useRebookingDraft, useSendRebooking } from '../../api/sessions.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

export function ReminderDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const draft = useRebookingDraft(clientId);
  const send = useSendRebooking(clientId);
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  useEffect(() => {
    if (draft.data) {
      setSubject(draft.data.subject);
      setText(draft.data.text);
    }
  }, [draft.data]);
  return (
    <Modal opened onClose={onClose} title="Re-booking reminder" radius="lg">
      {draft.isError && <LoadError error={draft.error} retry={() => void draft.refetch()} />}
      {!draft.data ? (
        <PageLoader />
      ) : (
        <Stack gap="sm">
          <Text size="sm">To: {draft.data.to || 'no email address on file'}</Text>
          <TextInput label="Subject" value={subject} onChange={(event) => setSubject(event.currentTarget.value)} />
          <Textarea
            label="Message"
            autosize
            minRows={5}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <Text size="xs" c="dimmed">
            Keep it gentle and free of anything about their treatment: email is not private.
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              loading={send.isPending}
              disabled={!draft.data.to || !subject.trim() || !text.trim()}
              onClick={() =>
                send.mutate(
                  { subject, text },
                  {
                    onSuccess: () => {
                      notifications.show({ color: 'sage', message: 'Reminder sent.' });
                      onClose();
                    },
                    onError: (error) =>
                      notifications.show({ color: 'red', title: 'Not sent', message: messageOf(error) }),
                  },
                )
              }
            >
              Send
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
