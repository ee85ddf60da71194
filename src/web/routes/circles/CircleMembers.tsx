// The circle's members with their roles, and for organizers the requests waiting for an answer
// and each member's actions: change role (the organizer only), remove, ban.
import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { circleRoles, type CircleRole } from '../../../contracts/circle-words.ts';
import { Link } from '../../app/routing.tsx';
import { messageOf } from '../../api/http.ts';
import {
  useCircleMembers,
  useMemberAction,
  type Circle,
  type CircleMember,
  type MemberAction,
} from '../../api/circles.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { plainList } from './OccurrenceRow.tsx';

const roleLabel: Record<CircleRole, string> = {
  organizer: 'Organizer',
  'co-organizer': 'Co-organizer',
  member: 'Member',
};
const rank: Record<CircleRole, number> = { organizer: 0, 'co-organizer': 1, member: 2 };

function MemberName({ member }: { member: CircleMember }) {
  if (!member.member) return <Text fw={600}>A former member</Text>;
  return (
    <Stack gap={0}>
      <Anchor component={Link} to={`/members/${member.member.slug}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
        {member.member.displayName}
      </Anchor>
      <Text size="sm" c="dimmed">
        {member.member.profession}
      </Text>
    </Stack>
  );
}

function useAct(circle: Circle) {
  const action = useMemberAction(circle.id);
  const act = (member: CircleMember, what: MemberAction, question?: string) => {
    if (question && !window.confirm(question)) return;
    action.mutate(
      { memberId: member.id, action: what },
      { onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }) },
    );
  };
  return { act, busy: action.isPending };
}

function Requests({ circle }: { circle: Circle }) {
  const requests = useCircleMembers(circle.id, 'requested', true);
  const { act, busy } = useAct(circle);
  if (!requests.data?.length) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="requests-heading">
      <Title order={3} size="h4" id="requests-heading">
        Asking to join
      </Title>
      <Stack gap="xs" component="ul" style={plainList}>
        {requests.data.map((request) => (
          <Paper key={request.id} withBorder radius="md" p="sm" component="li">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <MemberName member={request} />
              <Group gap="xs">
                <Button size="xs" loading={busy} onClick={() => act(request, 'approve')}>
                  Approve
                </Button>
                <Button size="xs" variant="default" loading={busy} onClick={() => act(request, 'decline')}>
                  Decline
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

export function CircleMembers({ circle, canRead }: { circle: Circle; canRead: boolean }) {
  const members = useCircleMembers(circle.id, 'active', canRead);
  const { act, busy } = useAct(circle);
  const myRole = circle.me?.status === 'active' ? circle.me.role : null;
  const manages = myRole === 'organizer' || myRole === 'co-organizer';
  if (!canRead) return <Text c="dimmed">Members are shown to the circle’s members.</Text>;
  return (
    <Stack gap="sm">
      {manages && <Requests circle={circle} />}
      <QueryState query={members}>
        {(items) => (
          <Stack gap="xs" component="ul" style={plainList} aria-label="Members">
            {items.map((member) => {
              const below = myRole !== null && rank[member.role] > rank[myRole];
              const name = member.member?.displayName ?? 'this member';
              return (
                <Paper key={member.id} withBorder radius="md" p="sm" component="li">
                  <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
                    <MemberName member={member} />
                    <Badge variant="light" color={member.role === 'member' ? 'gray' : 'sage'}>
                      {roleLabel[member.role]}
                    </Badge>
                  </Group>
                  {manages && below && (
                    <Group gap="xs" mt="xs" wrap="wrap" align="flex-end">
                      {myRole === 'organizer' && (
                        <NativeSelect
                          size="xs"
                          label={`Role of ${name}`}
                          value={member.role}
                          data={circleRoles.map((role) => ({ value: role, label: roleLabel[role] }))}
                          onChange={(event) => act(member, { role: event.currentTarget.value as CircleRole })}
                        />
                      )}
                      <Button
                        size="xs"
                        variant="default"
                        loading={busy}
                        onClick={() => act(member, 'remove', `Remove ${name} from the circle?`)}
                      >
                        Remove
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={busy}
                        onClick={() => act(member, 'ban', `Ban ${name}? They cannot join again.`)}
                      >
                        Ban
                      </Button>
                    </Group>
                  )}
                </Paper>
              );
            })}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
