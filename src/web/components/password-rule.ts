import { hasLength } from './use-form.ts';

/** The same bounds Better Auth enforces (auth.ts: 10–128). */
export const passwordRule = hasLength(
  { min: 10, max: 128 },
  'Use 10 to 128 characters; a short sentence is easy to remember',
);

/** Mantine's PasswordInput marks an error with data-invalid only; screen readers need aria-invalid. */
export const withInvalid = <Props extends { error?: unknown }>(props: Props) => ({
  ...props,
  'aria-invalid': props.error ? true : undefined,
});
