// Report a member to the moderators: a reason (required) and, optionally, what happened.
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { ReportCreate } from '../../../contracts/messages.ts';
import { reportReasons } from '../../../contracts/messages-words.ts';
import { messageOf } from '../../api/http.ts';
import { useReportMember, type ConversationMember } from '../../api/messages.ts';
import { FormAlert } from '../../components/FormAlert.tsx';

const reasonLabels: Record<(typeof reportReasons)[number], string> = {
  spam: 'Spam or advertising',
  harassment: 'Harassment or bullying',
  inappropriate: 'Inappropriate content',
  impersonation: 'Pretending to be someone else',
  other: 'Something else',
};

export function ReportModal({ member, onClose }: { member: ConversationMember; onClose: () => void }) {
  const [reason, setReason] = useState<ReportCreate['reason'] | null>(null);
  const [details, setDetails] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const report = useReportMember();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) return setProblem('Choose a reason.');
    report.mutate(
      { slug: member.slug, report: { reason, ...(details.trim() ? { details: details.trim() } : {}) } },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: `Thank you. Your report about ${member.displayName} went to the moderators.`,
          });
          onClose();
        },
        onError: (error) => setProblem(messageOf(error)),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Report ${member.displayName}`} closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Moderators read every report. {member.displayName} is not told who reported them.
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
            maxLength={2000}
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
            <Button type="submit" color="red" loading={report.isPending}>
              Send report
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
