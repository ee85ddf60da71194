// /collaborations/volunteering/:id: a volunteer event's shifts with seats left, sign up or
// withdraw, the shift's calendar file once signed up, and (for the organizer) who signed up.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from '../../app/routing.tsx';
import { useShiftSignup, useVolunteerEvent, type VolunteerEvent } from '../../api/collaborations.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { formatMoment } from '../../components/dates.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

function Shift({ event, shift }: { event: VolunteerEvent; shift: VolunteerEvent['shifts'][number] }) {
  const signup = useShiftSignup(event.id);
  const left = shift.capacity - shift.taken;
  const when = `${formatMoment(shift.startsAt)} – ${formatMoment(shift.endsAt)}`;
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{when}</Text>
          <Badge variant="light" color={left > 0 ? 'sage' : 'gray'}>
            {left > 0 ? `${left} of ${shift.capacity} seats left` : 'Full'}
          </Badge>
        </Group>
        {shift.volunteers && (
          <Text size="sm">Signed up: {shift.volunteers.map((v) => v.displayName).join(', ') || 'no one yet'}</Text>
        )}
        <Group gap="sm">
          {shift.mine ? (
            <Button
              variant="default"
              loading={signup.isPending}
              onClick={() => signup.mutate({ shiftId: shift.id, join: false })}
              aria-label={`Withdraw from the shift ${when}`}
            >
              Withdraw
            </Button>
          ) : (
            left > 0 && (
              <Button
                loading={signup.isPending}
                onClick={() => signup.mutate({ shiftId: shift.id, join: true })}
                aria-label={`Sign up for the shift ${when}`}
              >
                Sign up
              </Button>
            )
          )}
          {shift.mine && <Badge>You are signed up</Badge>}
          {shift.calendarUrl && <Anchor href={shift.calendarUrl}>Add to calendar</Anchor>}
        </Group>
        <FormAlert message={signup.error?.message ?? null} />
      </Stack>
    </Paper>
  );
}

function EventView({ id }: { id: string }) {
  const query = useVolunteerEvent(id);
  if (query.isError) return <LoadError error={query.error} retry={() => void query.refetch()} />;
  if (!query.data) return <PageLoader />;
  const event = query.data;
  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {event.title}
      </Title>
      <Text c="dimmed">
        Organized by {event.organizer.displayName}
        {event.place ? ` · ${event.place}` : ''}
      </Text>
      {event.description && <Text>{event.description}</Text>}
      <Title order={2} size="h3">
        Shifts
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Shifts">
        {event.shifts.map((shift) => (
          <Shift key={shift.id} event={event} shift={shift} />
        ))}
      </Stack>
    </Stack>
  );
}

export function VolunteerEventPage() {
  const { id } = useParams<{ id: string }>();
  return (
    <PageFrame title="Volunteer event" back={{ to: '/collaborations', label: 'Collaborations' }} size="md">
      <EventView id={id ?? ''} />
    </PageFrame>
  );
}
