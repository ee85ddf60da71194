// A new password typed twice, as the reset page and the account page ask for it, and its checks.
import { PasswordInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { passwordRule, withInvalid } from '../../components/password-rule.ts';

export type NewPasswordValues = { newPassword: string; confirm: string };

type FieldsForm = { getInputProps: (field: 'newPassword' | 'confirm') => { error?: ReactNode } };

/** Field → words for the new password (Better Auth's bounds) and its repeat; {} when both are fine. */
export function newPasswordProblems(values: NewPasswordValues): Record<string, string> {
  const problems: Record<string, string> = {};
  const rule = passwordRule(values.newPassword);
  if (rule) problems.newPassword = rule as string; // passwordRule is worded with a string
  if (values.confirm !== values.newPassword) problems.confirm = 'The two passwords differ';
  return problems;
}

export function NewPasswordFields({ form }: { form: FieldsForm }) {
  return (
    <>
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
    </>
  );
}
