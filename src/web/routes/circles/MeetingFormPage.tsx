// /app/circles/<id or slug>/meetings/new (organizers): plan a meeting — what, when on the meeting's
// own clock and zone, how long, how many seats, where (an address, the circle's video room or a
// link), and how it repeats, with the next five dates shown before saving. Saving asks the server
// for the rule the choices make, then plans the meeting with it; problems land by their fields.
import { Button, Group, NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '../../app/routing.tsx';
import { useCircle, useCircleWrite } from '../../api/circles.ts';
import { api, ApiError } from '../../api/http.ts';
import { previewMeeting, type Meeting } from '../../api/meetings.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { today } from '../../components/dates.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { MeetingPreviewPanel } from './MeetingPreview.tsx';
import { timeZones, viewerZone } from './meeting-times.ts';
import {
  meetingFieldOf,
  repeatChoices,
  repeatForm,
  repeatValues,
  startFacts,
  type RepeatValues,
} from './repeat-choices.ts';

type Values = RepeatValues & {
  title: string;
  description: string;
  start: string;
  timeZone: string;
  durationMinutes: string;
  capacity: string;
  placeKind: 'address' | 'room' | 'link';
  address: string;
  url: string;
};

const initialValues = (): Values => ({
  ...repeatValues,
  title: '',
  description: '',
  start: `${today(7)}T18:00`,
  timeZone: viewerZone(),
  durationMinutes: '60',
  capacity: '',
  placeKind: 'room',
  address: '',
  url: '',
});

const previewBody = (values: Values) => ({
  start: values.start,
  timeZone: values.timeZone,
  repeat: repeatForm(values, values.start),
});

const placeOf = (values: Values) =>
  values.placeKind === 'address'
    ? { kind: 'address' as const, address: values.address.trim() }
    : values.placeKind === 'link'
      ? { kind: 'link' as const, url: values.url.trim() }
      : { kind: 'room' as const };

function MeetingForm({ circleId, circleSlug }: { circleId: string; circleSlug: string }) {
  const navigate = useNavigate();
  // The rule comes from the server's preview, asked again at saving so it matches what is sent.
  const plan = useCircleWrite(async (values: Values) => {
    const { rrule } = await previewMeeting(circleId, previewBody(values));
    if (values.repeat !== 'none' && !rrule)
      throw new ApiError(400, 'invalid', 'Answer the question about months without a fifth one', [
        { field: 'fifthWeekday', message: 'Choose what happens in months without one' },
      ]);
    return api<Meeting>(`/api/circles/${encodeURIComponent(circleId)}/meetings`, {
      method: 'POST',
      body: {
        title: values.title.trim(),
        description: values.description.trim(),
        start: values.start,
        timeZone: values.timeZone,
        rrule,
        durationMinutes: Number(values.durationMinutes),
        capacity: values.capacity.trim() ? Number(values.capacity) : null,
        place: placeOf(values),
      },
    });
  });
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: initialValues(),
    validate: (values) => ({
      ...(values.title.trim() ? {} : { title: 'Title is required' }),
      ...(values.start ? {} : { start: 'Start is required' }),
    }),
    toBody: (values: Values) => values,
    mutation: plan,
    fieldOf: meetingFieldOf,
    onSuccess: (meeting) => {
      notifications.show({ color: 'sage', message: `${meeting.title} is planned.` });
      void navigate(`/circles/${circleSlug}/meetings/${meeting.id}`);
    },
  });
  const { values } = form;
  const [asked] = useDebouncedValue(previewBody(values), 300);
  const preview = useQuery({
    queryKey: [...queryKeys.circles.all, 'preview', circleId, asked],
    queryFn: () => previewMeeting(circleId, asked),
    enabled: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(asked.start),
    retry: false,
    staleTime: 60_000,
  });
  const facts = startFacts(values.start);
  const input = (field: keyof Values) => form.getInputProps(field);

  return (
    <FormCard name={{ label: 'Plan a meeting' }} formRef={formRef} onSubmit={onSubmit}>
      <TextInput label="Title" required maxLength={120} {...input('title')} />
      <Textarea label="What it is about" autosize minRows={2} maxLength={4000} {...input('description')} />
      <Group align="flex-start" gap="md" wrap="wrap">
        <TextInput label="Starts" type="datetime-local" required {...input('start')} />
        <NativeSelect
          label="Time zone"
          data={timeZones()}
          {...input('timeZone')}
          miw={0}
          style={{ flex: '1 1 12rem' }}
        />
      </Group>
      <Group align="flex-start" gap="md" wrap="wrap">
        <TextInput label="Length in minutes" inputMode="numeric" w={170} {...input('durationMinutes')} />
        <TextInput label="Seats" description="Empty: no limit" inputMode="numeric" w={170} {...input('capacity')} />
      </Group>
      <Radio.Group label="Where" {...input('placeKind')}>
        <Stack gap={6} mt={6}>
          <Radio value="room" label="The circle’s video room" />
          <Radio value="address" label="An address" />
          <Radio value="link" label="Another video link" />
        </Stack>
      </Radio.Group>
      {values.placeKind === 'address' && <TextInput label="Address" required {...input('address')} />}
      {values.placeKind === 'link' && <TextInput label="Link" type="url" required {...input('url')} />}
      <NativeSelect label="Repeats" data={repeatChoices(values.start)} {...input('repeat')} />
      {values.repeat === 'weekly' && (
        <TextInput label="Every how many weeks" inputMode="numeric" w={200} {...input('everyWeeks')} />
      )}
      {values.repeat !== 'none' && (
        <Group align="flex-start" gap="md" wrap="wrap">
          <NativeSelect
            label="Ends"
            data={[
              { value: 'never', label: 'Never' },
              { value: 'count', label: 'After a number of times' },
              { value: 'until', label: 'On a date' },
            ]}
            {...input('endKind')}
          />
          {values.endKind === 'count' && <TextInput label="Times" inputMode="numeric" w={120} {...input('count')} />}
          {values.endKind === 'until' && <TextInput label="Last date" type="date" {...input('until')} />}
        </Group>
      )}
      <MeetingPreviewPanel
        preview={preview}
        timeZone={values.timeZone}
        fifthWeekday={input('fifthWeekday')}
        weekday={facts?.weekday ?? 'one'}
      />
      <FormAlert message={problem} />
      <Group gap="sm">
        <Button type="submit" loading={busy}>
          Plan the meeting
        </Button>
        <Button component={Link} to={`/circles/${circleSlug}`} variant="default">
          Cancel
        </Button>
      </Group>
    </FormCard>
  );
}

export function MeetingFormPage() {
  const { idOrSlug = '' } = useParams<{ idOrSlug: string }>();
  const circle = useCircle(idOrSlug);
  return (
    <PageFrame
      title="Plan a meeting"
      intro={circle.data ? `For ${circle.data.name}. Members see it in their own time zone.` : undefined}
      back={{ to: `/circles/${idOrSlug}`, label: circle.data?.name ?? 'The circle' }}
      size="md"
    >
      <QueryState query={circle}>{(found) => <MeetingForm circleId={found.id} circleSlug={found.slug} />}</QueryState>
    </PageFrame>
  );
}
