// /portal/sign-in: a client asks for a single-use sign-in link, or uses the password they chose.
import { Alert, Button, PasswordInput, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from '../../app/routing.tsx';
import { requestPortalLink, usePortalPasswordSignIn, usePortalSession } from '../../api/portal.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { isEmail, isNotEmpty, useForm } from '../../components/use-form.ts';

function LinkForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { email: '' }, validate: { email: isEmail('Enter your email address') } });
  const onSubmit = form.onSubmit(async ({ email }) => {
    setProblem(null);
    setBusy(true);
    try {
      await requestPortalLink(email);
      setSentTo(email);
    } catch (error) {
      setProblem(placeErrors(form, error));
    } finally {
      setBusy(false);
    }
  });
  if (sentTo)
    return (
      <Alert color="sage" title="Check your email">
        If {sentTo} has a portal, a sign-in link is on its way. It works once, for 15 minutes.
      </Alert>
    );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={problem} />
        <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
        <Button type="submit" loading={busy}>
          Email me a sign-in link
        </Button>
      </Stack>
    </form>
  );
}

function PasswordForm() {
  const navigate = useNavigate();
  const signIn = usePortalPasswordSignIn();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: isEmail('Enter your email address'), password: isNotEmpty('Enter your password') },
  });
  const onSubmit = form.onSubmit((values) => {
    setProblem(null);
    signIn.mutate(values, {
      onSuccess: () => navigate('/portal', { replace: true }),
      onError: (error) => setProblem(placeErrors(form, error)),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={problem} />
        <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
        <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
        <Button type="submit" loading={signIn.isPending}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}

export function PortalSignInPage() {
  useDocumentTitle('Sign in to your client portal — Kneadwork');
  const [params] = useSearchParams();
  const session = usePortalSession();
  if (session.data) return <Navigate to="/portal" replace />;
  return (
    <AuthCard
      title="Your client portal"
      intro="Your therapist invited you here. Your record is private to the two of you."
    >
      <Stack gap="md">
        {params.get('idle') && (
          <Alert color="yellow" title="You were signed out">
            For your privacy, the portal signs you out after a while without activity.
          </Alert>
        )}
        <Tabs defaultValue="link">
          <Tabs.List>
            <Tabs.Tab value="link">Sign-in link</Tabs.Tab>
            <Tabs.Tab value="password">Password</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="link" pt="md">
            <LinkForm />
          </Tabs.Panel>
          <Tabs.Panel value="password" pt="md">
            <PasswordForm />
          </Tabs.Panel>
        </Tabs>
        <Text size="xs" c="dimmed">
          Are you a therapist? Sign in to Kneadwork from its home page instead.
        </Text>
      </Stack>
    </AuthCard>
  );
}
