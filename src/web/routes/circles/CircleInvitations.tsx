// Invitations (organizers): a shareable link (its address is shown once, when made), the
// invitations out there with revoke, and inviting people from my network, my professionals or by
// address.
import { Anchor, Badge, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { messageOf } from '../../api/http.ts';
import {
  useCircleInvitations,
  useCreateLink,
  useInvite,
  useRevokeInvitation,
  type Circle,
  type CircleInvitation,
} from '../../api/circles.ts';
import { formatDay } from '../../components/dates.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { circleFieldOf } from './circle-form.ts';
import { inviteBody, InvitePeople, noInvites, type InviteValues } from './InvitePeople.tsx';
import { plainList } from './OccurrenceRow.tsx';

function InviteForm({ circle }: { circle: Circle }) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: noInvites,
    validate: (values) => (inviteBody(values) ? null : { emails: 'Choose someone to invite, or type an address' }),
    toBody: (values: InviteValues) => inviteBody(values) ?? {},
    mutation: useInvite(circle.id),
    fieldOf: circleFieldOf,
    onSuccess: (result) => {
      form.reset();
      notifications.show({ color: 'sage', message: `${result.members + result.emails} invited.` });
    },
  });
  return (
    <FormCard name={{ label: 'Invite people' }} formRef={formRef} onSubmit={onSubmit}>
      <InvitePeople inputProps={(field) => form.getInputProps(field)} />
      <FormAlert message={problem} />
      <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
        Send invitations
      </Button>
    </FormCard>
  );
}

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
      <InviteForm circle={circle} />
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
