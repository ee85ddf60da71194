// The shell every form shares: Mantine's form state, checks before sending, the mutation, the
// server's field errors placed on the form's fields, a top error for the rest, the keyboard taken
// to the first field that needs attention, and whether it is busy.
// `check` is where the contract's schema comes in: it is loaded when the form is first touched
// (see checkWith in schema-problems.ts), so zod is not part of the page's first load.
import { useForm } from './use-form.ts';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { LazyCheck } from './schema-problems.ts';
import { focusFirstError } from '../routes/profile/focus-first-error.ts';
import { placeErrors } from './form-errors.ts';

type Options<Values, Body, Result> = {
  initialValues: Values;
  /** Problems found before sending (field → words); none sends. */
  validate?: (values: Values) => Record<string, string> | null;
  /** The contract's checks, loaded on first use (checkWith); run after `validate` passes. */
  check?: LazyCheck<Values>;
  toBody: (values: Values) => Body;
  mutation: UseMutationResult<Result, Error, Body>;
  onSuccess: (result: Result, values: Values) => void;
  /** Error codes whose message belongs next to a field (e.g. a taken email). */
  byCode?: Record<string, string>;
  /** The form's field for a body's field path, where they differ (see placeErrors). */
  fieldOf?: (path: string) => string;
};

export function useServerForm<Values extends Record<string, unknown>, Body, Result>({
  initialValues,
  validate,
  check,
  toBody,
  mutation,
  onSuccess,
  byCode,
  fieldOf,
}: Options<Values, Body, Result>) {
  const form = useForm<Values>({
    initialValues,
    validate: validate && ((values) => validate(values) ?? {}),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const element = formRef.current;
    if (!check || !element) return;
    const preload = () => void check.preload();
    element.addEventListener('focusin', preload, { once: true });
    return () => element.removeEventListener('focusin', preload);
  }, [check]);
  const onSubmit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const problems = check ? await check(values) : {};
      if (Object.keys(problems).length > 0) {
        form.setErrors(problems);
        focusFirstError(formRef.current);
        return;
      }
      // mutateAsync, not mutate's callbacks: a save may refetch a list that swaps this form out, and
      // mutate's callbacks do not run after an unmount.
      await mutation.mutateAsync(toBody(values)).then(
        (result) => onSuccess(result, values),
        (error: unknown) => {
          setProblem(placeErrors(form, error, byCode, fieldOf));
          focusFirstError(formRef.current);
        },
      );
    },
    () => focusFirstError(formRef.current),
  );
  return { form, formRef, onSubmit, problem, busy: mutation.isPending };
}
