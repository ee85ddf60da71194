// A contract check whose body names a field differently from the form (the body's `occurredAt` is
// the form's `day`): the same lazy check, with each problem moved to the box the member filled in.
import type { LazyCheck } from './schema-problems.ts';

export function renamedCheck<Values>(check: LazyCheck<Values>, fieldOf: Record<string, string>): LazyCheck<Values> {
  const renamed = async (values: Values) =>
    Object.fromEntries(Object.entries(await check(values)).map(([field, words]) => [fieldOf[field] ?? field, words]));
  return Object.assign(renamed, { preload: check.preload });
}
