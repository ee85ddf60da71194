// /portal: the client's records (one per therapist who invited them) and their password.
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from '../../app/routing.tsx';
import { useSetPortalPassword } from '../../api/portal.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { hasLength, useForm } from '../../components/use-form.ts';
import { professions } from '../../../contracts/taxonomy.ts';
import { usePortalClient } from './PortalLayout.tsx';

function PasswordCard({ hasPassword }: { hasPassword: boolean }) {
  const save = useSetPortalPassword();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: hasLength({ min: 10, max: 128 }, 'Use at least 10 characters') },
  });
  const onSubmit = form.onSubmit(({ password }) => {
    setProblem(null);
    save.mutate(password, { onSuccess: () => form.reset(), onError: (error) => setProblem(placeErrors(form, error)) });
  });
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="password-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h5" id="password-title">
            {hasPassword ? 'Change your password' : 'Choose a password (optional)'}
          </Title>
          <Text size="sm" c="dimmed">
            You can always sign in with a link sent to your email instead.
          </Text>
          {save.isSuccess && <Alert color="sage">Your password is saved.</Alert>}
          <FormAlert message={problem} />
          <PasswordInput label="New password" autoComplete="new-password" {...form.getInputProps('password')} />
          <Button type="submit" w="fit-content" loading={save.isPending}>
            Save password
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

export function PortalHomePage() {
  useDocumentTitle('Your client portal — Kneadwork');
  const session = usePortalClient();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Your client portal
        </Title>
        <Text size="sm" c="dimmed">
          Signed in as {session.email}. Each therapist keeps their own record of you; they never see each other’s.
        </Text>
      </Stack>
      <Stack gap="sm" component="section" aria-label="Your records">
        {session.records.length === 0 && <Text>No therapist has opened a record to you yet.</Text>}
        {session.records.map((record) => (
          <Paper key={record.clientId} withBorder radius="lg" p="md">
            <Stack gap={4}>
              <Anchor component={Link} to={`/portal/records/${record.clientId}`} fw={600}>
                With {record.therapist?.displayName ?? 'your therapist'}
              </Anchor>
              {record.therapist && (
                <Text size="sm" c="dimmed">
                  {(professions as Record<string, string>)[record.therapist.profession] ?? record.therapist.profession}
                </Text>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
      <PasswordCard hasPassword={session.hasPassword} />
    </Stack>
  );
}
