// A form checks what it will send with the contract's own schema, so the browser says what the
// server would, in the same words and next to the same fields, before anything is sent.
import type { core, ZodType } from 'zod';
import { withSubject } from '../../contracts/field-labels.ts';

type Wording = (field: string, issue: core.$ZodIssue) => string | undefined;

/** Field → first problem with `body` as the schema words it ({} when the body passes); `wordFor` may say one in the form's words. */
export function schemaProblems(
  schema: ZodType,
  body: unknown,
  fallbackField: string,
  wordFor: Wording = () => undefined,
): Record<string, string> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return {};
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? fallbackField);
    problems[field] ??=
      wordFor(field, issue) ?? withSubject(field, issue.code === 'invalid_type' ? 'is required' : issue.message);
  }
  return problems;
}
