// The page the emailed reset link lands on (Better Auth redirects here with ?token=… or ?error=…).
import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from '../../app/routing.tsx';
import { resetPassword } from '../../api/session.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { NewPasswordFields, newPasswordProblems } from './NewPasswordFields.tsx';

const problemsIn = (values: { newPassword: string; confirm: string }) => {
  const problems = newPasswordProblems(values);
  return Object.keys(problems).length > 0 ? problems : null;
};

export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password — Kneadwork');
  const [params] = useSearchParams();
  const token = params.get('token');
  const navigate = useNavigate();
  const client = useQueryClient();
  const reset = useMutation({ mutationFn: (password: string) => resetPassword(password, token ?? '') });
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { newPassword: '', confirm: '' },
    validate: problemsIn,
    toBody: (values) => values.newPassword,
    mutation: reset,
    byCode: { password_too: 'newPassword' },
    onSuccess: () => {
      client.removeQueries();
      notifications.show({
        color: 'sage',
        title: 'Password changed',
        message: 'Sign in with your new password. Other devices have been signed out.',
      });
      void navigate('/sign-in', { replace: true });
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
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={problem} />
          <NewPasswordFields form={form} />
          <Button type="submit" loading={busy} fullWidth>
            Save my new password
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
