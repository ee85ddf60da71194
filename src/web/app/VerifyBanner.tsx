// Until the member confirms their address: say where the link went, and offer to send it again.
import { Button, Container, Group, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { messageOf } from '../api/http.ts';
import { sendVerificationEmail, useSession } from '../api/session.ts';

export function VerifyBanner() {
  const user = useSession().data?.user;
  const resend = useMutation({
    mutationFn: sendVerificationEmail,
    onSuccess: () =>
      notifications.show({ color: 'sage', message: 'We sent a new confirmation link. It is valid for 24 hours.' }),
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Could not send the email', message: messageOf(error) }),
  });
  if (!user || user.emailVerified) return null;
  return (
    <Container size="xl" pt="md" w="100%">
      <Paper
        radius="md"
        px="md"
        py="xs"
        bg="yellow.0"
        withBorder
        style={{ borderColor: 'var(--mantine-color-yellow-3)' }}
        role="status"
      >
        <Group justify="space-between" gap="xs">
          <Text size="sm">
            <strong>Please confirm your email address.</strong> We sent a link to {user.email}.
          </Text>
          <Button
            size="compact-sm"
            variant="default"
            loading={resend.isPending}
            onClick={() => resend.mutate(user.email)}
            style={{ flexShrink: 0 }}
          >
            Resend the email
          </Button>
        </Group>
      </Paper>
    </Container>
  );
}
