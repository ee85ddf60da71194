// Where I stand with a circle and what I can do about it: join a public circle (or one I was
// invited to), ask to join a private one, withdraw a request, turn down an invitation, or leave.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { messageOf } from '../../api/http.ts';
import { useJoinCircle, useLeaveCircle, type Circle } from '../../api/circles.ts';

export function MembershipActions({ circle }: { circle: Circle }) {
  const join = useJoinCircle(circle.id);
  const leave = useLeaveCircle(circle.id);
  const failed = (error: Error) => notifications.show({ color: 'red', message: messageOf(error) });
  const status = circle.me?.status;
  const full = circle.memberCap !== null && circle.memberCount >= circle.memberCap;

  const onJoin = () =>
    join.mutate(undefined, {
      onSuccess: (joined) =>
        notifications.show({
          color: 'sage',
          message:
            joined.me?.status === 'active'
              ? `Welcome to ${joined.name}.`
              : 'Your request is with the organizers. You will hear when they answer.',
        }),
      onError: failed,
    });
  const onLeave = (question: string) => {
    if (window.confirm(question)) leave.mutate(undefined, { onError: failed });
  };

  if (status === 'banned') return <Text c="dimmed">You cannot take part in this circle.</Text>;
  if (status === 'active')
    return (
      <Button
        variant="default"
        loading={leave.isPending}
        onClick={() => onLeave(`Leave ${circle.name}? You can join again later.`)}
      >
        Leave the circle
      </Button>
    );
  if (status === 'requested')
    return (
      <Group gap="xs" wrap="wrap">
        <Text size="sm">Your request is waiting for an organizer.</Text>
        <Button
          variant="default"
          size="xs"
          loading={leave.isPending}
          onClick={() => leave.mutate(undefined, { onError: failed })}
        >
          Withdraw the request
        </Button>
      </Group>
    );
  const invited = status === 'invited';
  return (
    <Group gap="xs" wrap="wrap">
      <Button loading={join.isPending} onClick={onJoin} disabled={full}>
        {full ? 'The circle is full' : invited || circle.visibility === 'public' ? 'Join the circle' : 'Ask to join'}
      </Button>
      {invited && (
        <Button
          variant="default"
          loading={leave.isPending}
          onClick={() => leave.mutate(undefined, { onError: failed })}
        >
          Turn down the invitation
        </Button>
      )}
    </Group>
  );
}
