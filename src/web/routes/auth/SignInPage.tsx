import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '../../components/use-form.ts';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from '../../app/routing.tsx';
import type { Profile } from '../../../contracts/profile.ts';
import { api } from '../../api/http.ts';
import { useSession, useSignIn } from '../../api/session.ts';
import { safeNext } from '../../app/guards.tsx';
import { AuthCard } from '../../components/AuthCard.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { withInvalid } from '../../components/password-rule.ts';
import { queryKeys } from '../../api/query-keys.ts';

export function SignInPage() {
  useDocumentTitle('Sign in — Kneadwork');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const session = useSession();
  const signIn = useSignIn();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: isEmail('Enter the email address you signed up with'),
      password: isNotEmpty('Enter your password'),
    },
  });

  if (session.data?.user && !signIn.isPending && !signIn.isSuccess)
    return <Navigate to={safeNext(params.get('next'), '/')} replace />;

  const onSubmit = form.onSubmit((values) => {
    setProblem(null);
    signIn.mutate(values, {
      onSuccess: () =>
        void client
          .fetchQuery({ queryKey: queryKeys.myProfile, queryFn: () => api<Profile>('/api/me/profile') })
          .then((profile) =>
            navigate(safeNext(params.get('next'), profile.onboarded ? '/' : '/onboarding'), { replace: true }),
          )
          .catch((error: unknown) => setProblem(placeErrors(form, error))),
      onError: (error) => setProblem(placeErrors(form, error)),
    });
  });

  return (
    <AuthCard
      title="Sign in"
      intro="Welcome back. Sign in to your referral network, your profile and your circles."
      footer={
        <>
          New to Kneadwork?{' '}
          <Anchor component={Link} to="/sign-up">
            Create your free profile
          </Anchor>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {params.get('idle') && (
            <Text size="sm" role="status">
              For your clients’ privacy you were signed out after a while without activity on a client’s record.
            </Text>
          )}
          <FormAlert message={problem} />
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...withInvalid(form.getInputProps('password'))}
          />
          <Group justify="space-between">
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot your password?
            </Anchor>
            <Button type="submit" loading={signIn.isPending}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthCard>
  );
}
