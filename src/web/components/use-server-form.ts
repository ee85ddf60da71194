// The shell every form shares: Mantine's form state, checks before sending, the mutation, the
// server's field errors placed on the form's fields, a top error for the rest, the keyboard taken
// to the first field that needs attention, and whether it is busy.
import { useForm } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { focusFirstError } from '../routes/profile/focus-first-error.ts';
import { placeErrors } from './form-errors.ts';

type Options<Values, Body, Result> = {
  initialValues: Values;
  /** Problems found before sending (field → words); none sends. */
  validate?: (values: Values) => Record<string, string> | null;
  toBody: (values: Values) => Body;
  mutation: UseMutationResult<Result, Error, Body>;
  onSuccess: (result: Result, values: Values) => void;
  /** Error codes whose message belongs next to a field (e.g. a taken email). */
  byCode?: Record<string, string>;
};

export function useServerForm<Values extends Record<string, unknown>, Body, Result>({
  initialValues,
  validate,
  toBody,
  mutation,
  onSuccess,
  byCode,
}: Options<Values, Body, Result>) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: validate && ((values) => validate(values) ?? {}),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = form.onSubmit(
    (values) => {
      setProblem(null);
      mutation.mutate(toBody(values), {
        onSuccess: (result) => onSuccess(result, values),
        onError: (error) => {
          setProblem(placeErrors(form, error, byCode));
          focusFirstError(formRef.current);
        },
      });
    },
    () => focusFirstError(formRef.current),
  );
  return { form, formRef, onSubmit, problem, busy: mutation.isPending };
}
