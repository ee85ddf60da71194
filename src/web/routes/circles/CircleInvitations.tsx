// Invitations (organizers): a shareable link (its address is shown once, when made), the
// invitations out there with revoke, and inviting people from my network, my professionals or by
// address.
import { Anchor, Badge, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { messageOf } from '../../api/http.ts';
import {
  useCircleInvitations,
  useCreateLink,
  useRevokeInvitation,
  type Circle,
  type CircleInvitation,
} from '../../api/circles.ts';
import { formatDay } from '../../components/dates.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { plainList } from './OccurrenceRow.tsx';

// The invite form (my network and my professionals to pick from) loads when an organizer opens it.
const InviteForm = lazy(async () => ({ default: (await import('./InviteForm.tsx')).InviteForm }));

function describe(invitation: CircleInvitation) {
  const what = invitation.kind === 'link' ? 'Shareable link' : (invitation.email ?? 'Email invitation');
  const state = invitation.revoked
    ? 'revoked'
    : invitation.accepted
      ? 'accepted'
      : invitation.expiresAt
        ? `until ${formatDay(invitation.expiresAt)}`
        : 'open';
  return { what, state, uses: invitation.kind === 'link' ? `${invitation.uses} joined` : null };
}

export function CircleInvitations({ circle }: { circle: Circle }) {
  const invitations = useCircleInvitations(circle.id);
  const createLink = useCreateLink(circle.id);
  const revoke = useRevokeInvitation(circle.id);
  const [newLink, setNewLink] = useState<string | null>(null);
  const [inviting, setInviting] = useState(false);
  return (
    <Stack gap="md">
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="xs">
          <Title order={3} size="h4">
            Shareable link
          </Title>
          <Text size="sm" c="dimmed">
            Anyone with the link can join until you revoke it. Its address is shown once, now.
          </Text>
          {newLink ? (
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput label="Invitation link" value={newLink} readOnly style={{ flex: '1 1 16rem', minWidth: 0 }} />
              <CopyButton value={newLink}>
                {({ copied, copy }) => (
                  <Button variant="light" onClick={copy}>
                    {copied ? 'Copied' : 'Copy link'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          ) : (
            <Button
              variant="light"
              style={{ alignSelf: 'flex-start' }}
              loading={createLink.isPending}
              onClick={() => createLink.mutate(undefined, { onSuccess: (made) => setNewLink(made.url) })}
            >
              Make a link
            </Button>
          )}
          <FormAlert message={createLink.isError ? messageOf(createLink.error) : null} />
        </Stack>
      </Paper>
      <Button
        variant="default"
        style={{ alignSelf: 'flex-start' }}
        aria-expanded={inviting}
        onClick={() => setInviting((open) => !open)}
      >
        {inviting ? 'Close invitations form' : 'Invite people'}
      </Button>
      {inviting && (
        <Suspense fallback={<PageLoader />}>
          <InviteForm circle={circle} />
        </Suspense>
      )}
      <QueryState query={invitations} isEmpty={(items) => items.length === 0} empty={null}>
        {(items) => (
          <Stack gap="xs" component="ul" style={plainList} aria-label="Invitations">
            {items.map((invitation) => {
              const { what, state, uses } = describe(invitation);
              return (
                <Paper key={invitation.id} withBorder radius="md" p="sm" component="li">
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {what}
                      </Text>
                      <Text size="sm" c="dimmed">
                        Made {formatDay(invitation.createdAt)}
                        {uses ? ` · ${uses}` : ''}
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      <Badge variant="light" color={invitation.revoked ? 'gray' : 'sage'}>
                        {state}
                      </Badge>
                      {!invitation.revoked && !invitation.accepted && (
                        <Anchor
                          component="button"
                          type="button"
                          size="sm"
                          c="red"
                          onClick={() => revoke.mutate(invitation.id)}
                        >
                          Revoke
                        </Anchor>
                      )}
                    </Group>
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
