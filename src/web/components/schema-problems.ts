// A form checks what it will send with the contract's own schema, so the browser says what the
// server would, in the same words and next to the same fields, before anything is sent.
// Contract schemas are zod, about 25 KB gzip: a form loads its schema with checkWith when it is
// first used rather than with the page, and pages import only types and zod-free modules
// (taxonomy, pipeline, field-labels, *-words) from contracts.
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

/** A check whose schema module loads on first use; `preload` starts that early (on the form's first focus). */
export type LazyCheck<Values> = ((values: Values) => Promise<Record<string, string>>) & {
  preload: () => Promise<unknown>;
};

/**
 * The contract's check for a form, with the schema loaded by `load` (a dynamic import) only when
 * needed: `checkWith(() => import('…/contracts/x.ts').then((m) => m.xSchema), toBody, 'name')`.
 * `extra` adds the form's own problems (e.g. a choice the schema leaves optional).
 */
export function checkWith<Values>(
  load: () => Promise<ZodType>,
  toBody: (values: Values) => unknown,
  fallbackField: string,
  wordFor?: Wording,
  extra?: (values: Values) => Record<string, string>,
): LazyCheck<Values> {
  let schema: Promise<ZodType> | undefined;
  const preload = () => (schema ??= load());
  const check = async (values: Values) => ({
    ...schemaProblems(await preload(), toBody(values), fallbackField, wordFor),
    ...extra?.(values),
  });
  return Object.assign(check, { preload });
}
