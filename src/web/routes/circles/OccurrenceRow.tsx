// One date of a meeting: when (on my clock, and the meeting's own when it reads otherwise), its
// status, seats, my answer and the buttons to give one. An offered seat (someone let theirs go
// close to the start) is taken or let go here. Organizers' changes come in as `organizerTools`.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { messageOf } from '../../api/http.ts';
import { useRsvp, type Occurrence, type RsvpStatus } from '../../api/meetings.ts';
import { occurrenceTime } from './meeting-times.ts';

const mineLabel: Record<RsvpStatus, string> = {
  going: 'You are going',
  waitlisted: 'You are on the waiting list',
  offered: 'A seat is held for you',
  'not-going': 'You can’t make it',
};

const statusLabel: Record<Occurrence['status'], string | null> = {
  scheduled: null,
  cancelled: 'Cancelled',
  moved: 'Moved',
  paused: 'Paused',
};

export function seatsOf(occurrence: Occurrence) {
  const going = occurrence.capacity
    ? `${occurrence.going} of ${occurrence.capacity} going`
    : `${occurrence.going} going`;
  return occurrence.waitlisted ? `${going} · ${occurrence.waitlisted} waiting` : going;
}

type Props = {
  meetingId: string;
  timeZone: string;
  occurrence: Occurrence;
  /** Whether I may answer (active members). */
  canAnswer: boolean;
  organizerTools?: ReactNode;
};

export function OccurrenceRow({ meetingId, timeZone, occurrence, canAnswer, organizerTools }: Props) {
  const rsvp = useRsvp(meetingId);
  const { when, theirs } = occurrenceTime(occurrence.start, timeZone);
  const status = statusLabel[occurrence.status];
  const open = occurrence.status === 'scheduled' || occurrence.status === 'moved';
  const answer = (going: boolean) =>
    rsvp.mutate(
      { start: occurrence.start, going },
      { onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }) },
    );
  return (
    <Paper withBorder radius="md" p="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600}>{when}</Text>
          {status && (
            <Badge color={occurrence.status === 'moved' ? 'yellow' : 'red'} variant="light">
              {status}
            </Badge>
          )}
        </Group>
        {theirs && (
          <Text size="sm" c="dimmed">
            {theirs}
          </Text>
        )}
        <Text size="sm">
          {seatsOf(occurrence)}
          {occurrence.mine && ` · ${mineLabel[occurrence.mine]}`}
        </Text>
        {canAnswer && open && (
          <Group gap="xs" wrap="wrap">
            {occurrence.mine === 'offered' ? (
              <>
                <Button size="xs" loading={rsvp.isPending} onClick={() => answer(true)}>
                  Take the seat
                </Button>
                <Button size="xs" variant="default" loading={rsvp.isPending} onClick={() => answer(false)}>
                  Let it go
                </Button>
              </>
            ) : (
              <>
                <Button
                  size="xs"
                  variant={occurrence.mine === 'going' || occurrence.mine === 'waitlisted' ? 'filled' : 'light'}
                  aria-pressed={occurrence.mine === 'going' || occurrence.mine === 'waitlisted'}
                  loading={rsvp.isPending}
                  onClick={() => answer(true)}
                >
                  Going
                </Button>
                <Button
                  size="xs"
                  variant={occurrence.mine === 'not-going' ? 'filled' : 'default'}
                  aria-pressed={occurrence.mine === 'not-going'}
                  loading={rsvp.isPending}
                  onClick={() => answer(false)}
                >
                  Can’t make it
                </Button>
              </>
            )}
          </Group>
        )}
        {organizerTools}
      </Stack>
    </Paper>
  );
}

/** A list without bullets or indent: the cards are the items. */
export const plainList = { listStyle: 'none', padding: 0, margin: 0 } as const;

type ListProps = {
  meeting: { id: string; timeZone: string };
  occurrences: Occurrence[];
  canAnswer: boolean;
  label: string;
  toolsFor?: (occurrence: Occurrence) => ReactNode;
};

export function OccurrenceList({ meeting, occurrences, canAnswer, label, toolsFor }: ListProps) {
  return (
    <Stack gap="xs" component="ul" style={plainList} aria-label={label}>
      {occurrences.map((occurrence) => (
        <OccurrenceRow
          key={occurrence.start}
          meetingId={meeting.id}
          timeZone={meeting.timeZone}
          occurrence={occurrence}
          canAnswer={canAnswer}
          organizerTools={toolsFor?.(occurrence)}
        />
      ))}
    </Stack>
  );
}
