// Guests of one date (organizers, on the meeting's page): invite an address to a date, and the
// guests so far with revoke. A guest waits in the circle's video room for a host near their date.
import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { messageOf } from '../../api/http.ts';
import { useInviteGuest, useMeetingGuests, useRevokeGuest } from '../../api/meeting-guests.ts';
import type { Occurrence } from '../../api/meetings.ts';
import { formatMoment } from '../../components/dates.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { plainList } from './OccurrenceRow.tsx';

function InviteGuest({ meetingId, occurrences }: { meetingId: string; occurrences: Occurrence[] }) {
  const dates = occurrences.filter((occurrence) => occurrence.status !== 'cancelled' && occurrence.status !== 'paused');
  const [email, setEmail] = useState('');
  const [occurrence, setOccurrence] = useState(dates[0]?.start ?? '');
  const invite = useInviteGuest(meetingId);
  if (dates.length === 0) return null;
  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        invite.mutate(
          { email, occurrence: occurrence || dates[0]!.start },
          {
            // The new guest shows in the list below; the field clears for the next.
            onSuccess: () => setEmail(''),
          },
        );
      }}
    >
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          label="Guest’s email"
          type="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
        />
        <NativeSelect
          label="Date"
          value={occurrence}
          onChange={(event) => setOccurrence(event.currentTarget.value)}
          data={dates.map((each) => ({ value: each.start, label: formatMoment(each.start) }))}
        />
        <Button type="submit" loading={invite.isPending}>
          Invite a guest to this date
        </Button>
      </Group>
      <FormAlert message={invite.isError ? messageOf(invite.error) : null} />
    </Stack>
  );
}

export function MeetingGuests({ meetingId, occurrences }: { meetingId: string; occurrences: Occurrence[] }) {
  const guests = useMeetingGuests(meetingId);
  const revoke = useRevokeGuest(meetingId);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="guests-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="guests-heading">
          Guests
        </Title>
        <Text size="sm" c="dimmed">
          Someone outside the circle can join one date: they get an email, and wait in the video room until a host lets
          them in.
        </Text>
        <InviteGuest meetingId={meetingId} occurrences={occurrences} />
        <QueryState query={guests} isEmpty={(items) => items.length === 0} empty={null}>
          {(items) => (
            <Stack gap="xs" component="ul" style={plainList} aria-label="Guests">
              {items.map((guest) => (
                <Group key={guest.id} component="li" justify="space-between" gap="xs" wrap="wrap">
                  <Text style={{ overflowWrap: 'anywhere' }}>
                    {guest.email} · {formatMoment(guest.occurrence)}
                  </Text>
                  <Group gap="xs">
                    <Badge variant="light" color={guest.status === 'revoked' ? 'gray' : 'sage'}>
                      {guest.status}
                    </Badge>
                    {guest.status !== 'revoked' && (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        c="red"
                        onClick={() => revoke.mutate(guest.id)}
                      >
                        Revoke
                      </Anchor>
                    )}
                  </Group>
                </Group>
              ))}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
