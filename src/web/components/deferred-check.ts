// A form's contract check that loads whole on first use: the schema and the wording around it
// (checkWith, the field labels). For forms on screen at first paint, so their page's first load
// carries only this: `deferredCheck(() => import('./x-check.ts').then((m) => m.xCheck))`.
import type { LazyCheck } from './schema-problems.ts';

export function deferredCheck<Values>(load: () => Promise<LazyCheck<Values>>): LazyCheck<Values> {
  let loaded: Promise<LazyCheck<Values>> | undefined;
  const get = () => (loaded ??= load());
  const check = async (values: Values) => (await get())(values);
  return Object.assign(check, { preload: async () => (await get()).preload() });
}
