// Puts a server's answer where the person will look: next to the field it is about.
import { ApiError } from '../api/http.ts';

type SettableForm = { setFieldError: (field: never, message: string) => void; values: object };

/**
 * Sets field errors from the error body's details (nested paths such as "credentials.0" land on
 * "credentials") and from auth error codes in `byCode`. `fieldOf` renames a body's field path to the
 * form's field where the two differ ("give.minutes" → "giveMinutes"). Returns the message for a
 * form-level alert when nothing could be placed next to a field, or null when everything was.
 */
export function placeErrors(
  form: SettableForm,
  error: unknown,
  byCode: Record<string, string> = {},
  fieldOf: (path: string) => string = (path) => path,
): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : 'Something went wrong';
  const setError = form.setFieldError as (field: string, message: string) => void;
  let placed = 0;
  for (const problem of error.fields) {
    const field = fieldOf(problem.field).split('.')[0]!;
    if (field in form.values) {
      setError(field, problem.message);
      placed++;
    }
  }
  const codeField = Object.entries(byCode).find(([code]) => error.code.startsWith(code))?.[1];
  if (codeField && codeField in form.values) {
    setError(codeField, error.message);
    placed++;
  }
  return placed > 0 ? null : error.message;
}
