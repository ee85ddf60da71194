// For a referral to a professional who is not a member: the private link they were emailed, when it
// expires, and a way to send a fresh one or stop it from working.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { messageOf } from '../../api/http.ts';
import { useLinkAction, type Referral } from '../../api/referrals.ts';
import { formatMoment } from '../../components/dates.ts';

const stateLooks = {
  active: { label: 'Active', color: 'sage' },
  revoked: { label: 'Revoked', color: 'red' },
  expired: { label: 'Expired', color: 'gray' },
} as const;

export function ExternalLink({ referralId, link }: { referralId: string; link: NonNullable<Referral['link']> }) {
  const action = useLinkAction(referralId);
  const run = (which: 'reissue' | 'revoke') =>
    action.mutate(which, {
      onSuccess: (next) =>
        notifications.show({
          color: 'sage',
          message: which === 'revoke' ? 'The link no longer works.' : `A new link is on its way to ${next.sentTo}.`,
        }),
      onError: (error) =>
        notifications.show({ color: 'red', title: 'The link was not changed', message: messageOf(error) }),
    });
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="link-title">
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={2} size="h5" id="link-title">
            Private link
          </Title>
          <Badge color={stateLooks[link.state].color} variant="light" tt="none">
            {stateLooks[link.state].label}
          </Badge>
        </Group>
        <Text size="sm">
          Emailed to {link.sentTo}; {link.state === 'active' ? 'works until' : 'was valid until'}{' '}
          {formatMoment(link.expiresAt)}. They can view, accept or decline and reply without an account.
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            loading={action.isPending && action.variables === 'reissue'}
            onClick={() => run('reissue')}
          >
            Email a new link
          </Button>
          {link.state === 'active' && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              loading={action.isPending && action.variables === 'revoke'}
              onClick={() => run('revoke')}
            >
              Revoke link
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
