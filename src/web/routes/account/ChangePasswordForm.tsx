import { Alert, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/http.ts';
import { changePassword } from '../../api/session.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { passwordRule, withInvalid } from '../../components/password-rule.ts';

export function ChangePasswordForm() {
  const [problem, setProblem] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (values: { currentPassword: string; newPassword: string }) =>
      changePassword(values.currentPassword, values.newPassword),
  });
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: isNotEmpty('Enter your current password'),
      newPassword: (value, values) =>
        passwordRule(value) ??
        (value === values.currentPassword ? 'Choose a password different from the current one' : null),
      confirm: (value, values) => (value === values.newPassword ? null : 'The two passwords differ'),
    },
  });

  const onSubmit = form.onSubmit((values) => {
    setProblem(null);
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        notifications.show({
          color: 'sage',
          title: 'Password changed',
          message: 'Your other sessions have been signed out.',
        });
      },
      onError: (error) => {
        setProblem(placeErrors(form, error, { invalid_password: 'currentPassword', password_too: 'newPassword' }));
        if (error instanceof ApiError && error.code === 'invalid_password')
          form.setFieldError('currentPassword', 'That is not your current password');
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="change-password-title">
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
        <div>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </div>
      </Stack>
    </form>
  );
}
