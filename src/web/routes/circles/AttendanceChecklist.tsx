// Organizers' attendance for one meeting date: who answered (going first) and the other members,
// a box each for who came, saved at once. A member sees only whether they were marked present.
import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useAttendance, useMarkAttendance, type Attendance } from '../../api/meeting-records.ts';
import type { RsvpStatus } from '../../api/meetings.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useServerForm } from '../../components/use-server-form.ts';

const answerLabel: Record<RsvpStatus, string> = {
  going: 'said going',
  offered: 'was offered a seat',
  waitlisted: 'was waiting',
  'not-going': 'said can’t make it',
};

type Props = { meetingId: string; start: string; label: string };

function ChecklistForm({ meetingId, start, label, attendance }: Props & { attendance: Attendance }) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { present: attendance.items.filter((line) => line.present).map((line) => line.userId) },
    toBody: (values: { present: string[] }) => values,
    mutation: useMarkAttendance(meetingId, start),
    onSuccess: () => notifications.show({ color: 'sage', message: 'Attendance saved.' }),
  });
  return (
    <FormCard name={{ label: `Attendance, ${label}` }} formRef={formRef} onSubmit={onSubmit} gap="sm">
      <Checkbox.Group label="Who came" {...form.getInputProps('present')}>
        <Stack gap={6} mt={6}>
          {attendance.items.map((line) => (
            <Checkbox
              key={line.userId}
              value={line.userId}
              label={line.name}
              description={line.answer ? answerLabel[line.answer] : 'did not answer'}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <FormAlert message={problem} />
      <Button type="submit" size="xs" loading={busy} style={{ alignSelf: 'flex-start' }}>
        Save attendance
      </Button>
    </FormCard>
  );
}

export function AttendanceChecklist(props: Props) {
  const attendance = useAttendance(props.meetingId, props.start);
  return (
    <QueryState query={attendance}>
      {(found) =>
        found.canMark ? (
          <ChecklistForm {...props} attendance={found} />
        ) : (
          <Text size="sm" c="dimmed">
            {found.items[0]?.present === true
              ? 'Marked present.'
              : found.items[0]?.present === false
                ? 'Marked absent.'
                : 'Attendance not taken yet.'}
          </Text>
        )
      }
    </QueryState>
  );
}
