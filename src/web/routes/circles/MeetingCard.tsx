// A meeting on its circle's page: title (the way to all its dates), when and where, the answer for
// the whole series, its next dates with an answer each, and its calendar file.
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from '../../app/routing.tsx';
import { messageOf } from '../../api/http.ts';
import { calendarFileOf, useOccurrences, useRsvp, type Meeting } from '../../api/meetings.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { lengthOf, viewerZone } from './meeting-times.ts';
import { placeLink } from './meeting-place.ts';
import { OccurrenceList } from './OccurrenceRow.tsx';

export function SeriesAnswer({ meeting }: { meeting: Meeting }) {
  const rsvp = useRsvp(meeting.id);
  if (!meeting.rrule) return null;
  const answer = (going: boolean) =>
    rsvp.mutate(
      { start: null, going },
      { onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }) },
    );
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={`Every ${meeting.title}`}>
      <Text size="sm">Every time:</Text>
      <Button
        size="xs"
        variant={meeting.seriesGoing === true ? 'filled' : 'light'}
        aria-pressed={meeting.seriesGoing === true}
        loading={rsvp.isPending}
        onClick={() => answer(true)}
      >
        Going to all
      </Button>
      <Button
        size="xs"
        variant={meeting.seriesGoing === false ? 'filled' : 'default'}
        aria-pressed={meeting.seriesGoing === false}
        loading={rsvp.isPending}
        onClick={() => answer(false)}
      >
        Can’t make any
      </Button>
    </Group>
  );
}

export function MeetingFacts({ meeting, circleSlug }: { meeting: Meeting; circleSlug: string }) {
  const place = placeLink(meeting.place, circleSlug);
  return (
    <Stack gap={4}>
      <Text size="sm">
        {lengthOf(meeting.durationMinutes)}
        {meeting.capacity ? ` · ${meeting.capacity} seats` : ''}
        {meeting.timeZone !== viewerZone() ? ` · set in ${meeting.timeZone}, shown in your time` : ''}
      </Text>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {place.label}
        </Text>
        {'to' in place ? (
          <Anchor component={Link} to={place.to} size="sm">
            {place.action}
          </Anchor>
        ) : (
          <Anchor href={place.href} size="sm" target="_blank" rel="noopener noreferrer">
            {place.action}
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}

export function MeetingCard({
  meeting,
  circleId,
  circleSlug,
  canAnswer,
}: {
  meeting: Meeting;
  circleId: string;
  circleSlug: string;
  canAnswer: boolean;
}) {
  const occurrences = useOccurrences(circleId, meeting.id, 120);
  return (
    <Paper withBorder radius="lg" p="md" component="li">
      <Stack gap="sm">
        <Title order={3} size="h4">
          <Anchor component={Link} to={`/circles/${circleSlug}/meetings/${meeting.id}`} inherit>
            {meeting.title}
          </Anchor>
        </Title>
        <MeetingFacts meeting={meeting} circleSlug={circleSlug} />
        {canAnswer && <SeriesAnswer meeting={meeting} />}
        <QueryState
          query={occurrences}
          isEmpty={(items) => items.length === 0}
          empty={<Text c="dimmed">No dates in the next few months.</Text>}
        >
          {(items) => (
            <OccurrenceList
              meeting={meeting}
              occurrences={items.slice(0, 3)}
              canAnswer={canAnswer}
              label={`Next dates of ${meeting.title}`}
            />
          )}
        </QueryState>
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={`/circles/${circleSlug}/meetings/${meeting.id}`} size="sm">
            All dates
          </Anchor>
          <Anchor href={calendarFileOf(meeting.id)} size="sm" download>
            Add to my calendar (.ics)
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
