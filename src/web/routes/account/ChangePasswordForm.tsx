import { Alert, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../api/http.ts';
import { changePassword } from '../../api/session.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { withInvalid } from '../../components/password-rule.ts';
import { useServerForm } from '../../components/use-server-form.ts';
import { NewPasswordFields, newPasswordProblems } from '../auth/NewPasswordFields.tsx';

type Body = { currentPassword: string; newPassword: string };

function problemsIn(values: Body & { confirm: string }): Record<string, string> | null {
  const problems = newPasswordProblems(values);
  if (!values.currentPassword) problems.currentPassword = 'Enter your current password';
  else if (!problems.newPassword && values.newPassword === values.currentPassword)
    problems.newPassword = 'Choose a password different from the current one';
  return Object.keys(problems).length > 0 ? problems : null;
}

export function ChangePasswordForm() {
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Body) =>
      changePassword(currentPassword, newPassword).catch((error: unknown) => {
        // The server says "invalid password"; the person needs to know which of the three it means.
        if (error instanceof ApiError && error.code === 'invalid_password')
          throw new ApiError(error.status, error.code, 'That is not your current password', [], error.requestId);
        throw error;
      }),
  });
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: problemsIn,
    toBody: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
    mutation: change,
    byCode: { invalid_password: 'currentPassword', password_too: 'newPassword' },
    onSuccess: () => {
      form.reset();
      notifications.show({
        color: 'sage',
        title: 'Password changed',
        message: 'Your other sessions have been signed out.',
      });
    },
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="change-password-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="change-password-title">
          Change your password
        </Title>
        <Alert color="gray" variant="light">
          <Text size="sm">
            Changing your password signs you out everywhere else: on other browsers, phones and computers you will need
            to sign in again with the new password. This browser stays signed in.
          </Text>
        </Alert>
        <FormAlert message={problem} />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...withInvalid(form.getInputProps('currentPassword'))}
        />
        <NewPasswordFields form={form} />
        <div>
          <Button type="submit" loading={busy}>
            Change password
          </Button>
        </div>
      </Stack>
    </form>
  );
}
