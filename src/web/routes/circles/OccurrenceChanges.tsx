// Organizers' changes to one date: cancel it, move it (another start on the meeting's clock), or
// put it back as planned. Those who answered for it are told by the server.
import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { messageOf } from '../../api/http.ts';
import { useChangeOccurrence, type Occurrence } from '../../api/meetings.ts';

/** The occurrence's start on the meeting's own clock ('2027-03-09T12:00'), as the move field shows it. */
const localOf = (iso: string) => iso.slice(0, 16);

export function OccurrenceChanges({ meetingId, occurrence }: { meetingId: string; occurrence: Occurrence }) {
  const change = useChangeOccurrence(meetingId);
  const [moving, setMoving] = useState(false);
  const [to, setTo] = useState(localOf(occurrence.start));
  const send = (body: Parameters<typeof change.mutate>[0]['change']) =>
    change.mutate(
      { start: occurrence.start, change: body },
      {
        onSuccess: () => setMoving(false),
        onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }),
      },
    );
  if (occurrence.status === 'cancelled' || occurrence.status === 'moved')
    return (
      <Group gap="xs">
        <Button size="xs" variant="subtle" loading={change.isPending} onClick={() => send({ action: 'restore' })}>
          Put back as planned
        </Button>
      </Group>
    );
  return (
    <Group gap="xs" wrap="wrap" align="flex-end">
      {moving ? (
        <>
          <TextInput
            size="xs"
            type="datetime-local"
            label="New start (the meeting’s own time)"
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
          />
          <Button size="xs" loading={change.isPending} onClick={() => send({ action: 'move', start: to })}>
            Move
          </Button>
          <Button size="xs" variant="default" onClick={() => setMoving(false)}>
            Keep it
          </Button>
        </>
      ) : (
        <>
          <Button size="xs" variant="subtle" onClick={() => setMoving(true)}>
            Move this date
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={change.isPending}
            onClick={() => {
              if (window.confirm('Cancel this date? Those who answered are told.')) send({ action: 'cancel' });
            }}
          >
            Cancel this date
          </Button>
        </>
      )}
    </Group>
  );
}
