import { Badge, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMember } from '../../app/guards.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

export function AccountPage() {
  useDocumentTitle('Account settings — Kneadwork');
  const user = useMember();
  return (
    <Container size="sm" py="xl" w="100%">
      <Stack gap="lg">
        <Title order={1}>Account settings</Title>
        <Paper withBorder p="lg" radius="lg">
          <Stack gap="xs">
            <Title order={2} size="h4">
              Sign-in details
            </Title>
            <Text>{user.name}</Text>
            <Group gap="xs">
              <Text>{user.email}</Text>
              {user.emailVerified ? (
                <Badge color="sage" variant="light">
                  Confirmed
                </Badge>
              ) : (
                <Badge color="yellow" variant="light">
                  Not confirmed yet
                </Badge>
              )}
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="lg">
          <ChangePasswordForm />
        </Paper>
      </Stack>
    </Container>
  );
}
