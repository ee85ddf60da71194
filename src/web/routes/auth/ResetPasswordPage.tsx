// The page the emailed reset link lands on (Better Auth redirects here with ?token=… or ?error=…).
import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from '../../app/routing.tsx';
import { resetPassword } from '../../api/session.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { passwordRule, withInvalid } from '../../components/password-rule.ts';

export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password — Kneadwork');
  const [params] = useSearchParams();
  const token = params.get('token');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const reset = useMutation({ mutationFn: (password: string) => resetPassword(password, token ?? '') });
  const form = useForm({
    initialValues: { newPassword: '', confirm: '' },
    validate: {
      newPassword: passwordRule,
      confirm: (value, values) => (value === values.newPassword ? null : 'The two passwords differ'),
    },
  });

  if (!token || params.get('error')) {
    return (
      <AuthCard title="This link no longer works">
        <Alert color="yellow" variant="light" role="status">
          Reset links are valid for one hour and work once. Ask for a new one and use the newest email.
        </Alert>
        <Button component={Link} to="/forgot-password">
          Send me a new link
        </Button>
      </AuthCard>
    );
  }

  const onSubmit = form.onSubmit((values) => {
    setProblem(null);
    reset.mutate(values.newPassword, {
      onSuccess: () => {
        client.removeQueries();
        notifications.show({
          color: 'sage',
          title: 'Password changed',
          message: 'Sign in with your new password. Other devices have been signed out.',
        });
        void navigate('/sign-in', { replace: true });
      },
      onError: (error) => setProblem(placeErrors(form, error, { password_too: 'newPassword' })),
    });
  });

  return (
    <AuthCard
      title="Choose a new password"
      intro="After this, every device signed in to your account is signed out."
      footer={
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={problem} />
          <PasswordInput
            label="New password"
            description="At least 10 characters"
            autoComplete="new-password"
            required
            {...withInvalid(form.getInputProps('newPassword'))}
          />
          <PasswordInput
            label="Repeat the new password"
            autoComplete="new-password"
            required
            {...withInvalid(form.getInputProps('confirm'))}
          />
          <Button type="submit" loading={reset.isPending} fullWidth>
            Save my new password
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
