// Colleagues who asked me to cover: their dates and message, my answer, and — once I accepted —
// how many referrals came to me in their place.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useAnswerCover, type CoverInvitation } from '../../api/away.ts';
import { messageOf } from '../../api/http.ts';
import { coverColors, rangeLabel, stateLabels } from './away-labels.ts';

const answerLabels = { invited: 'Not answered', accepted: 'You cover', declined: 'You declined' } as const;

export function CoverInvitations({ invitations }: { invitations: CoverInvitation[] }) {
  const answer = useAnswerCover();
  if (invitations.length === 0) return <Text c="dimmed">Nobody has asked you to cover for them.</Text>;
  const respond = (invitation: CoverInvitation, choice: 'accept' | 'decline') =>
    answer.mutate(
      { awayId: invitation.awayId, coverId: invitation.coverId, answer: choice },
      {
        onSuccess: () =>
          notifications.show({
            color: 'sage',
            message: choice === 'accept' ? `Thanks — you cover for ${invitation.member.displayName}.` : 'You declined.',
          }),
        onError: (error) => notifications.show({ color: 'red', title: 'Could not answer', message: messageOf(error) }),
      },
    );

  return (
    <Stack component="ul" gap="xs" aria-label="Cover invitations" p={0} m={0} style={{ listStyle: 'none' }}>
      {invitations.map((invitation) => {
        const name = invitation.member.displayName;
        const busy = answer.isPending && answer.variables.coverId === invitation.coverId;
        return (
          <Paper component="li" key={invitation.coverId} withBorder p="md" aria-label={`Cover for ${name}`}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Text fw={600}>
                  {name} · {rangeLabel(invitation.startsOn, invitation.endsOn)}
                </Text>
                <Group gap="xs">
                  <Badge variant="light" color="gray">
                    {stateLabels[invitation.state]}
                  </Badge>
                  <Badge variant="light" color={coverColors[invitation.status]}>
                    {answerLabels[invitation.status]}
                  </Badge>
                </Group>
              </Group>
              {invitation.message && <Text size="sm">“{invitation.message}”</Text>}
              {invitation.status === 'accepted' && (
                <Text size="sm" c="dimmed">
                  Referrals redirected to you so far: {invitation.redirected}
                </Text>
              )}
              {invitation.state !== 'over' && (
                <Group>
                  {invitation.status !== 'accepted' && (
                    <Button size="xs" loading={busy} onClick={() => respond(invitation, 'accept')}>
                      Accept
                    </Button>
                  )}
                  {invitation.status !== 'declined' && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={busy}
                      onClick={() => respond(invitation, 'decline')}
                    >
                      {invitation.status === 'accepted' ? 'Step back' : 'Decline'}
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
