// The next five dates of the meeting being planned, asked of the server as the form changes (the
// recurrence engine stays there), shown on my clock with the meeting's own noted. A start on a
// fifth weekday with "monthly on that weekday" asks its question here first.
import { Alert, List, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import type { MeetingPreview } from '../../api/meetings.ts';
import { ApiError, messageOf } from '../../api/http.ts';
import { withSubject } from '../../../contracts/field-labels.ts';
import type { InputProps } from '../../components/use-form.ts';
import { occurrenceTime } from './meeting-times.ts';

type Props = {
  preview: { data?: MeetingPreview | undefined; error: Error | null; isFetching: boolean };
  timeZone: string;
  fifthWeekday: InputProps;
  weekday: string;
};

export function MeetingPreviewPanel({ preview, timeZone, fifthWeekday, weekday }: Props) {
  const { data, error } = preview;
  const problems =
    error instanceof ApiError && error.fields.length
      ? error.fields.map((problem) => withSubject(problem.field, problem.message))
      : error
        ? [messageOf(error)]
        : [];
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg="var(--mantine-color-body)"
      aria-labelledby="preview-heading"
      component="section"
    >
      <Stack gap="xs">
        <Title order={2} size="h4" id="preview-heading">
          Next dates
        </Title>
        {data?.fifthWeekdayQuestion && (
          <Radio.Group label={data.fifthWeekdayQuestion} {...fifthWeekday}>
            <Stack gap={6} mt={6}>
              <Radio value="skip" label="Skip months without one" />
              <Radio value="last" label={`Use the last ${weekday}`} />
            </Stack>
          </Radio.Group>
        )}
        {problems.length > 0 ? (
          <Alert color="red" variant="light" role="status">
            {problems.join('. ')}
          </Alert>
        ) : data && data.next.length > 0 ? (
          <List size="sm" aria-label="Next five dates" aria-busy={preview.isFetching}>
            {data.next.map((start) => {
              const { when, theirs } = occurrenceTime(start, timeZone);
              return (
                <List.Item key={start}>
                  {when}
                  {theirs && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      ({theirs})
                    </Text>
                  )}
                </List.Item>
              );
            })}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {data?.fifthWeekdayQuestion
              ? 'Answer the question to see the dates.'
              : 'Choose a date and time to see them.'}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
