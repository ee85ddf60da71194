// Organizers change a recurring meeting: every date, or one date and all after it (the server
// splits the series there; answers go with their dates). Time of day and length are on the
// meeting's own clock; those who answered for a changed date are told by the server.
import { Button, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from '../../app/routing.tsx';
import { messageOf } from '../../api/http.ts';
import { useEditSeries, type Meeting, type Occurrence } from '../../api/meetings.ts';
import { formatMoment } from '../../components/dates.ts';
import { FormAlert } from '../../components/FormAlert.tsx';

const all = 'all';

export function SeriesEdit({
  meeting,
  circleSlug,
  occurrences,
}: {
  meeting: Meeting;
  circleSlug: string;
  occurrences: Occurrence[];
}) {
  const edit = useEditSeries(meeting.id);
  const navigate = useNavigate();
  const [from, setFrom] = useState(all);
  const [title, setTitle] = useState(meeting.title);
  const [time, setTime] = useState(meeting.start.slice(11, 16));
  const [duration, setDuration] = useState<number | string>(meeting.durationMinutes);
  const dates = occurrences.filter((occurrence) => occurrence.status !== 'cancelled');
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label="Change the series"
      onSubmit={(event) => {
        event.preventDefault();
        edit.mutate(
          {
            scope: from === all ? 'all' : 'following',
            ...(from === all ? {} : { from }),
            ...(title !== meeting.title ? { title } : {}),
            ...(time !== meeting.start.slice(11, 16) ? { time } : {}),
            ...(Number(duration) !== meeting.durationMinutes ? { durationMinutes: Number(duration) } : {}),
          },
          {
            onSuccess: (result) => {
              notifications.show({ color: 'sage', message: 'The series is changed; those who answered are told.' });
              if (result.meeting.id !== meeting.id) navigate(`/circles/${circleSlug}/meetings/${result.meeting.id}`);
            },
          },
        );
      }}
    >
      <NativeSelect
        label="Which dates"
        value={from}
        onChange={(event) => setFrom(event.currentTarget.value)}
        data={[
          { value: all, label: 'Every date' },
          ...dates.map((each) => ({ value: each.start, label: `From ${formatMoment(each.start)} on` })),
        ]}
      />
      <Group gap="xs" wrap="wrap" align="flex-end">
        <TextInput
          label="Title"
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
        />
        <TextInput
          label="Time of day (the meeting’s own clock)"
          type="time"
          value={time}
          onChange={(event) => setTime(event.currentTarget.value)}
        />
        <NumberInput label="Minutes" min={5} max={1440} value={duration} onChange={setDuration} w={110} />
      </Group>
      <FormAlert message={edit.isError ? messageOf(edit.error) : null} />
      <Button type="submit" loading={edit.isPending} style={{ alignSelf: 'flex-start' }}>
        Change these dates
      </Button>
    </Stack>
  );
}
