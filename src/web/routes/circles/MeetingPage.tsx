// /app/circles/<id or slug>/meetings/<meeting id>: one meeting — what and where (a map link for an
// address, the way into the video room), the answer for the whole series, and every date of the
// next six months with its status, seats and my answer; organizers cancel, move or restore a
// date and confirm that the series still runs. Members keep notes of the last month's dates and
// today's; organizers take attendance there.
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from '../../app/routing.tsx';
import { useCircle, type Circle } from '../../api/circles.ts';
import { messageOf } from '../../api/http.ts';
import { calendarFileOf, useConfirmSeries, useMeeting, useOccurrences, type Meeting } from '../../api/meetings.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { MeetingFacts, SeriesAnswer } from './MeetingCard.tsx';
import { MeetingGuests } from './MeetingGuests.tsx';
import { OccurrenceChanges } from './OccurrenceChanges.tsx';
import { OccurrenceList } from './OccurrenceRow.tsx';
import { RecentDates } from './RecentDates.tsx';

// The series form loads when an organizer opens it.
const SeriesEdit = lazy(async () => ({ default: (await import('./SeriesEdit.tsx')).SeriesEdit }));

function ChangeSeries({ meeting, circleSlug }: { meeting: Meeting; circleSlug: string }) {
  const [open, setOpen] = useState(false);
  const occurrences = useOccurrences(meeting.circleId, meeting.id, 183);
  return (
    <Stack gap="xs" component="section" aria-labelledby="series-heading">
      <Title order={2} size="h3" id="series-heading">
        Change the series
      </Title>
      <Button
        variant="default"
        style={{ alignSelf: 'flex-start' }}
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? 'Close' : 'Change dates'}
      </Button>
      {open && occurrences.data && (
        <Suspense fallback={<PageLoader />}>
          <SeriesEdit meeting={meeting} circleSlug={circleSlug} occurrences={occurrences.data} />
        </Suspense>
      )}
    </Stack>
  );
}

function ConfirmSeries({ meeting }: { meeting: Meeting }) {
  const confirm = useConfirmSeries(meeting.id);
  return (
    <Paper withBorder radius="md" p="sm">
      <Group gap="sm" wrap="wrap" justify="space-between">
        <Text size="sm">Still meeting? Every few months we ask organizers, so a forgotten series stops by itself.</Text>
        <Button
          size="xs"
          variant="light"
          loading={confirm.isPending}
          onClick={() =>
            confirm.mutate(undefined, {
              onSuccess: () => notifications.show({ color: 'sage', message: 'Thanks: the series carries on.' }),
              onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }),
            })
          }
        >
          The series still runs
        </Button>
      </Group>
    </Paper>
  );
}

function MeetingView({ meeting, circle }: { meeting: Meeting; circle: Circle }) {
  const member = circle.me?.status === 'active';
  const manages = member && (circle.me?.role === 'organizer' || circle.me?.role === 'co-organizer');
  const occurrences = useOccurrences(circle.id, meeting.id, 183);
  return (
    <Stack gap="lg">
      {meeting.description && <Text style={{ whiteSpace: 'pre-line' }}>{meeting.description}</Text>}
      <MeetingFacts meeting={meeting} circleSlug={circle.slug} />
      <Group gap="md" wrap="wrap">
        <Anchor href={calendarFileOf(meeting.id)} download>
          Add to my calendar (.ics)
        </Anchor>
        <Anchor component={Link} to={`/circles/${circle.slug}/discussions`}>
          Discussions
        </Anchor>
      </Group>
      {member && <SeriesAnswer meeting={meeting} />}
      {manages && meeting.rrule && <ConfirmSeries meeting={meeting} />}
      {member && <RecentDates circleId={circle.id} meeting={meeting} manages={manages} />}
      <Stack gap="xs" component="section" aria-labelledby="dates-heading">
        <Title order={2} size="h3" id="dates-heading">
          Dates in the next six months
        </Title>
        <QueryState
          query={occurrences}
          isEmpty={(items) => items.length === 0}
          empty={<Text c="dimmed">No dates in the next six months.</Text>}
        >
          {(items) => (
            <OccurrenceList
              meeting={meeting}
              occurrences={items}
              canAnswer={member}
              label="Dates"
              toolsFor={
                manages
                  ? (occurrence) => <OccurrenceChanges meetingId={meeting.id} occurrence={occurrence} />
                  : undefined
              }
            />
          )}
        </QueryState>
      </Stack>
      {manages && meeting.rrule && <ChangeSeries key={meeting.id} meeting={meeting} circleSlug={circle.slug} />}
      {manages && occurrences.data && <MeetingGuests meetingId={meeting.id} occurrences={occurrences.data} />}
    </Stack>
  );
}

export function MeetingPage() {
  const { idOrSlug = '', meetingId = '' } = useParams<{ idOrSlug: string; meetingId: string }>();
  const circle = useCircle(idOrSlug);
  const meeting = useMeeting(meetingId);
  return (
    <PageFrame
      title={meeting.data?.title ?? 'Meeting'}
      back={{ to: `/circles/${idOrSlug}`, label: circle.data?.name ?? 'The circle' }}
      size="lg"
    >
      <QueryState query={circle}>
        {(foundCircle) => (
          <QueryState query={meeting}>{(found) => <MeetingView meeting={found} circle={foundCircle} />}</QueryState>
        )}
      </QueryState>
    </PageFrame>
  );
}
