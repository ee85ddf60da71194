// Form state for every form in the app: values, errors by field, what changed since the last save,
// and the props that bind an input to its field. Our own rather than @mantine/form: the part we use
// is a page of code, and the library was 6 KB of every form page's first load (decision record 020).
// Fields are the top-level keys of the values; an error is cleared when its field changes.
import { useMemo, useRef, useState, type ReactNode } from 'react';

type Errors = Record<string, ReactNode>;
type Rule<Values> = (value: unknown, values: Values) => ReactNode;
type Validate<Values> = ((values: Values) => Record<string, ReactNode>) | { [Field in keyof Values]?: Rule<Values> };

type Options<Values> = {
  initialValues: Values;
  /** Problems by field (none: valid), or one rule per field; run on submit. */
  validate?: Validate<Values> | undefined;
  /** Told of every change, with the values before it. */
  onValuesChange?: (values: Values, previous: Values) => void;
};

/** What a Mantine input takes (`{...form.getInputProps('email')}`): the library's own typing is as loose. */
export type InputProps = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an input's value type depends on the input (text, number, list)
  value?: any;
  checked?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a change event, or the value itself from Mantine's own inputs
  onChange: (change: any) => void;
  error?: ReactNode;
};

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The value a change carries: a DOM event's (a checkbox's checked state), or the value Mantine's inputs pass. */
function changed(change: unknown, checkbox: boolean): unknown {
  if (change && typeof change === 'object' && 'currentTarget' in change && 'nativeEvent' in change) {
    const target = change.currentTarget as HTMLInputElement;
    return checkbox ? target.checked : target.value;
  }
  return change;
}

const withoutEmpty = (errors: Errors): Errors =>
  Object.fromEntries(
    Object.entries(errors).filter(
      ([, error]) => error !== null && error !== undefined && error !== false && error !== '',
    ),
  );

export function useForm<Values extends Record<string, unknown>>({
  initialValues,
  validate,
  onValuesChange,
}: Options<Values>) {
  const [values, setValueState] = useState(initialValues);
  const [errors, setErrorState] = useState<Errors>({});
  // The latest values and options, for handlers that read after a change in the same event.
  const current = useRef(values);
  const initial = useRef(initialValues);
  const baseline = useRef(initialValues);
  const latest = useRef({ validate, onValuesChange });
  latest.current = { validate, onValuesChange };

  const api = useMemo(() => {
    const setAll = (next: Values, touched: string[]) => {
      const previous = current.current;
      current.current = next;
      setValueState(next);
      if (touched.length)
        setErrorState((errors) =>
          touched.some((field) => field in errors)
            ? Object.fromEntries(Object.entries(errors).filter(([field]) => !touched.includes(field)))
            : errors,
        );
      latest.current.onValuesChange?.(next, previous);
    };
    const setFieldValue = <Field extends keyof Values & string>(
      field: Field,
      value: Values[Field] | ((previous: Values[Field]) => Values[Field]),
    ) => {
      const next =
        typeof value === 'function'
          ? (value as (previous: Values[Field]) => Values[Field])(current.current[field])
          : value;
      setAll({ ...current.current, [field]: next }, [field]);
    };
    const problems = (values: Values): Errors => {
      const rules = latest.current.validate;
      if (!rules) return {};
      if (typeof rules === 'function') return withoutEmpty(rules(values));
      return withoutEmpty(
        Object.fromEntries(
          Object.entries(rules).map(([field, rule]) => [field, (rule as Rule<Values>)(values[field], values)]),
        ),
      );
    };
    return {
      getValues: () => current.current,
      setValues: (partial: Partial<Values> | ((previous: Values) => Partial<Values>)) => {
        const change = typeof partial === 'function' ? partial(current.current) : partial;
        setAll({ ...current.current, ...change }, Object.keys(change));
      },
      setFieldValue,
      setErrors: (next: Errors) => setErrorState(withoutEmpty(next)),
      setFieldError: (field: string, error: ReactNode) => setErrorState((errors) => ({ ...errors, [field]: error })),
      clearFieldError: (field: string) =>
        setErrorState((errors) => {
          if (!(field in errors)) return errors;
          const { [field]: _cleared, ...rest } = errors;
          return rest;
        }),
      clearErrors: () => setErrorState({}),
      /** Back to the values the form started with, without errors. */
      reset: () => {
        setAll(initial.current, []);
        baseline.current = initial.current;
        setErrorState({});
      },
      /** Whether the values (or one field) differ from the last save (resetDirty) or the start. */
      isDirty: (field?: keyof Values & string) =>
        field === undefined
          ? !same(current.current, baseline.current)
          : !same(current.current[field], baseline.current[field]),
      /** The given values (or the current ones) are what was saved. */
      resetDirty: (saved?: Values) => {
        baseline.current = saved ?? current.current;
      },
      /** A submit handler: checks first; with problems, shows them and calls `onInvalid` instead. */
      onSubmit:
        (handle: (values: Values) => unknown, onInvalid?: (errors: Errors) => void) =>
        (event?: { preventDefault: () => void }) => {
          event?.preventDefault();
          const found = problems(current.current);
          setErrorState(found);
          if (Object.keys(found).length > 0) onInvalid?.(found);
          else void handle(current.current);
        },
    };
  }, []);

  /** Binds an input to a field: its value (or checked state), its changes and its error. */
  const getInputProps = (field: string, { type }: { type?: 'checkbox' } = {}): InputProps => ({
    ...(type === 'checkbox' ? { checked: Boolean(values[field]) } : { value: values[field] }),
    onChange: (change: unknown) =>
      api.setFieldValue(field, changed(change, type === 'checkbox') as Values[keyof Values & string]),
    error: errors[field],
  });
  return { ...api, values, errors, getInputProps };
}

export type FormApi<Values extends Record<string, unknown>> = ReturnType<typeof useForm<Values>>;

// Rules for `validate: { field: rule }`: each answers with the message when the value breaks it.
export const isNotEmpty =
  (message: string) =>
  (value: unknown): ReactNode =>
    (typeof value === 'string' ? value.trim() : value) ? null : message;

export const isEmail =
  (message: string) =>
  (value: unknown): ReactNode =>
    typeof value === 'string' && /^\S+@\S+$/.test(value.trim()) ? null : message;

export const hasLength =
  ({ min = 0, max = Infinity }: { min?: number; max?: number }, message: string) =>
  (value: unknown): ReactNode => {
    const length = typeof value === 'string' ? value.trim().length : 0;
    return length >= min && length <= max ? null : message;
  };
