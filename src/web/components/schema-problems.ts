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

/** A check that needs something loaded first (a schema module): `run` once it is in. */
export function lazyCheck<Values, Loaded>(
  load: () => Promise<Loaded>,
  run: (loaded: Loaded, values: Values) => Record<string, string>,
): LazyCheck<Values> {
  let loading: Promise<Loaded> | undefined;
  const preload = () => (loading ??= load());
  return Object.assign(async (values: Values) => run(await preload(), values), { preload });
}

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
  return lazyCheck(load, (schema: ZodType, values: Values) => ({
    ...schemaProblems(schema, toBody(values), fallbackField, wordFor),
    ...extra?.(values),
  }));
}

/** A lazy check with the form's own problems added (a choice the contract's part leaves out). */
export function withProblems<Values>(
  check: LazyCheck<Values>,
  extra: (values: Values) => Record<string, string>,
): LazyCheck<Values> {
  return Object.assign(async (values: Values) => ({ ...(await check(values)), ...extra(values) }), {
    preload: check.preload,
  });
}
