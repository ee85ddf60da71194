// The client's portal, from the therapist's side: invite them (a single-use link to their email),
// see whether they use it, send a new invitation, or end their access to this record.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { messageOf } from '../../api/http.ts';
import { usePortalInvitation, usePortalInvitationChange, type PortalInvitationState } from '../../api/portal.ts';
import { formatDay } from '../../components/dates.ts';

const looks: Record<PortalInvitationState['state'], { label: string; color: string }> = {
  'not-invited': { label: 'Not invited', color: 'gray' },
  invited: { label: 'Invited', color: 'yellow' },
  active: { label: 'Uses the portal', color: 'sage' },
  ended: { label: 'Access ended', color: 'gray' },
};

export function PortalAccessCard({ clientId, hasEmail }: { clientId: string; hasEmail: boolean }) {
  const state = usePortalInvitation(clientId);
  const invite = usePortalInvitationChange(clientId, 'invite');
  const end = usePortalInvitationChange(clientId, 'portal/end');
  const current = state.data;
  const problem = invite.error ?? end.error;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="portal-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5" id="portal-title">
            Client portal
          </Title>
          {current && (
            <Badge color={looks[current.state].color} variant="light">
              {looks[current.state].label}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          Your client fills in their intake, agrees to the plan, gives feedback and sees who read their record.
        </Text>
        {current?.state === 'invited' && current.invitedAt && (
          <Text size="sm">Invited {formatDay(current.invitedAt.slice(0, 10))}; the link works once, for 72 hours.</Text>
        )}
        {current?.state === 'active' && current.grantedAt && (
          <Text size="sm">Using it since {formatDay(current.grantedAt.slice(0, 10))}.</Text>
        )}
        {!hasEmail && <Text size="sm">Add the client’s email address to invite them.</Text>}
        {problem && (
          <Text size="sm" c="red" role="alert">
            {messageOf(problem)}
          </Text>
        )}
        <Group gap="xs">
          {current?.state !== 'active' && (
            <Button size="xs" disabled={!hasEmail} loading={invite.isPending} onClick={() => invite.mutate()}>
              {current?.state === 'invited' || current?.state === 'ended' ? 'Invite again' : 'Invite to portal'}
            </Button>
          )}
          {(current?.state === 'active' || current?.state === 'invited') && (
            <Button size="xs" variant="subtle" color="gray" loading={end.isPending} onClick={() => end.mutate()}>
              End access
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
