// The admin's action on a report, with the reason in their own words (required; a warned member
// reads it in their email) and, for a suspension, an optional end. Loaded when first opened.
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/http.ts';
import { useModerationAction, useUnsuspend, type QueuedReport } from '../../api/moderation.ts';
import { FormAlert } from '../../components/FormAlert.tsx';

export type AdminAction = 'hide' | 'warn' | 'suspend' | 'dismiss' | 'unhide' | 'unsuspend';

const words: Record<AdminAction, { title: string; button: string; hint: string; done: string }> = {
  hide: {
    title: 'Hide',
    button: 'Hide it',
    hint: 'It disappears for everyone but admins, until shown again.',
    done: 'Hidden.',
  },
  warn: {
    title: 'Warn the author',
    button: 'Send warning',
    hint: 'The author gets a notification and an email with your reason, word for word.',
    done: 'Warning sent.',
  },
  suspend: {
    title: 'Suspend the author',
    button: 'Suspend',
    hint: 'They are signed out at once, cannot sign in, and their profile leaves every page until the end (or until lifted).',
    done: 'Suspended.',
  },
  dismiss: { title: 'Dismiss', button: 'Dismiss', hint: 'The report closes; nothing changes.', done: 'Dismissed.' },
  unhide: { title: 'Show again', button: 'Show it', hint: 'It comes back where it was.', done: 'Shown again.' },
  unsuspend: {
    title: 'Lift the suspension',
    button: 'Lift it',
    hint: 'They can sign in again and their profile returns.',
    done: 'Suspension lifted.',
  },
};

type Props = { report: QueuedReport; action: AdminAction; opened: boolean; onClose: () => void; onClosed: () => void };

export function AdminActionDialog({ report, action, opened, onClose, onClosed }: Props) {
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const act = useModerationAction();
  const unsuspend = useUnsuspend();
  const text = words[action];

  const send = () => {
    if (action === 'unsuspend') return unsuspend.mutateAsync({ slug: report.author!.slug, reason: reason.trim() });
    if (action === 'unhide') return act.mutateAsync({ reportId: report.id, input: { action, reason: reason.trim() } });
    return act.mutateAsync({
      reportId: report.id,
      input: {
        action,
        reason: reason.trim(),
        ...(action === 'suspend' && until ? { until: new Date(until).toISOString() } : {}),
      },
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) return setProblem('Give the reason in a few words.');
    send()
      .then(() => {
        notifications.show({ color: 'teal', message: text.done });
        setReason('');
        setUntil('');
        setProblem(null);
        onClose();
      })
      .catch((error: unknown) => setProblem(messageOf(error)));
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onClosed}
      title={`${text.title}: ${report.item.title || 'untitled'}`}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {text.hint}
          </Text>
          <Textarea
            label="Reason"
            description="Kept in the audit trail."
            required
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          {action === 'suspend' && (
            <TextInput
              type="datetime-local"
              label="Until (optional)"
              description="Empty: until an admin lifts it."
              value={until}
              onChange={(event) => setUntil(event.currentTarget.value)}
            />
          )}
          <FormAlert message={problem} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              color={action === 'suspend' || action === 'hide' ? 'red' : undefined}
              loading={act.isPending || unsuspend.isPending}
            >
              {text.button}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
