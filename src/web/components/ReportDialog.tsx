// The one report dialog, for anything a member can report (a member in a conversation, a profile,
// a circle, a circle post): a reason (required) and, optionally, what happened. The caller says
// where the report goes (`send`) and what to thank the member with. Loaded on first use.
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { reportReasons } from '../../contracts/messages-words.ts';
import { messageOf } from '../api/http.ts';
import { FormAlert } from './FormAlert.tsx';

export type ReportReason = (typeof reportReasons)[number];
/** The member's choice, and the same in words for the routes that take a reason as text. */
export type ReportChoice = { reason: ReportReason; details: string; words: string };

const reasonLabels: Record<ReportReason, string> = {
  spam: 'Spam or advertising',
  harassment: 'Harassment or bullying',
  inappropriate: 'Inappropriate content',
  impersonation: 'Pretending to be someone else',
  other: 'Something else',
};

const inWords = (reason: ReportReason, details: string) =>
  details ? `${reasonLabels[reason]}: ${details}` : reasonLabels[reason];

export type ReportDialogProps = {
  title: string;
  /** Who reads it and what the reported member is told. */
  intro: string;
  thanks: string;
  send: (choice: ReportChoice) => Promise<unknown>;
  opened?: boolean;
  onClose: () => void;
  onClosed?: () => void;
};

export function ReportDialog({ title, intro, thanks, send, opened = true, onClose, onClosed }: ReportDialogProps) {
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [details, setDetails] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) return setProblem('Choose a reason.');
    setPending(true);
    send({ reason, details: details.trim(), words: inWords(reason, details.trim()) })
      .then(() => {
        notifications.show({ color: 'teal', message: thanks });
        setReason(null);
        setDetails('');
        setProblem(null);
        onClose();
      })
      .catch((error: unknown) => setProblem(messageOf(error)))
      .finally(() => setPending(false));
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onClosed}
      title={title}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
          <Select
            label="Reason"
            required
            data={reportReasons.map((value) => ({ value, label: reasonLabels[value] }))}
            value={reason}
            onChange={(value) => setReason(value)}
            allowDeselect={false}
          />
          <Textarea
            label="What happened (optional)"
            maxLength={900}
            autosize
            minRows={3}
            value={details}
            onChange={(event) => setDetails(event.currentTarget.value)}
          />
          <FormAlert message={problem} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={pending}>
              Send report
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
