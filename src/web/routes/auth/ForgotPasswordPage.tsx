import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { isEmail, useForm } from '../../components/use-form.ts';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { Link } from '../../app/routing.tsx';
import { messageOf } from '../../api/http.ts';
import { requestPasswordReset } from '../../api/session.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';

export function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password — Kneadwork');
  const request = useMutation({ mutationFn: requestPasswordReset });
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: isEmail('Enter the email address you signed up with') },
  });

  return (
    <AuthCard
      title="Forgot your password?"
      intro="Enter your email address and we will send you a link to choose a new password."
      footer={
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      }
    >
      {request.isSuccess ? (
        <Alert color="sage" variant="light" title="Check your email" role="status">
          If there is a Kneadwork account for {request.variables}, a link to reset its password is on its way. The link
          is valid for one hour.
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit((values) => request.mutate(values.email))} noValidate>
          <Stack gap="md">
            <FormAlert message={request.error ? messageOf(request.error) : null} />
            <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <Button type="submit" loading={request.isPending} fullWidth>
              Send me a reset link
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
