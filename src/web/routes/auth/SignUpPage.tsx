import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { hasLength, isEmail, useForm } from '../../components/use-form.ts';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, Navigate, useNavigate } from '../../app/routing.tsx';
import { useQueryClient } from '@tanstack/react-query';
import { useSession, useSignUp, type Session } from '../../api/session.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { passwordRule, withInvalid } from '../../components/password-rule.ts';
import { queryKeys } from '../../api/query-keys.ts';

const authFieldCodes = { invalid_email: 'email', password_too: 'password' };

export function SignUpPage() {
  useDocumentTitle('Join Kneadwork');
  const navigate = useNavigate();
  const session = useSession();
  const signUp = useSignUp();
  const [problem, setProblem] = useState<string | null>(null);
  const client = useQueryClient();
  // The server answers an address that already has an account like a new one (and mails its
  // owner), so what this page says after sending must be true either way.
  const [mailedTo, setMailedTo] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '', password: '' },
    validate: {
      name: hasLength({ min: 2, max: 120 }, 'Enter your name as colleagues know you'),
      email: isEmail('Enter a valid email address'),
      password: passwordRule,
    },
  });

  // The wizard is the next screen and the heaviest (forms, the shared zod schemas): fetch it while
  // the visitor types, so it opens at once.
  useEffect(() => void import('../onboarding/OnboardingPage.tsx').catch(() => undefined), []);

  if (session.data?.user && !signUp.isPending && !signUp.isSuccess) return <Navigate to="/" replace />;

  const onSubmit = form.onSubmit((values) => {
    setProblem(null);
    signUp.mutate(values, {
      onSuccess: () => {
        if (client.getQueryData<Session>(queryKeys.session)?.user) void navigate('/onboarding', { replace: true });
        else setMailedTo(values.email);
      },
      onError: (error) => setProblem(placeErrors(form, error, authFieldCodes)),
    });
  });

  if (mailedTo) {
    return (
      <AuthCard title="Check your email" intro={`We sent a message to ${mailedTo}. It says what to do next.`}>
        <Stack gap="md" role="status">
          <Text>
            If this address already has a Kneadwork account, the message explains how to sign in or choose a new
            password.
          </Text>
          <Text>
            <Anchor component={Link} to="/sign-in">
              Go to sign in
            </Anchor>
          </Text>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Join Kneadwork"
      intro="Build your professional profile, get found by colleagues nearby, and start trading referrals you can trust."
      footer={
        <>
          Already a member?{' '}
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={problem} />
          <TextInput
            label="Your name"
            description="As clients and colleagues know you"
            autoComplete="name"
            required
            {...form.getInputProps('name')}
          />
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            description="At least 10 characters"
            autoComplete="new-password"
            required
            {...withInvalid(form.getInputProps('password'))}
          />
          <Button type="submit" loading={signUp.isPending} fullWidth>
            Create my account
          </Button>
          <Text size="xs" c="dimmed">
            We will email you a link to confirm your address. You choose who sees your profile: everyone, members only,
            or nobody.
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
