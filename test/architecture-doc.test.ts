// docs/architecture.md maps every module: a module folder missing from the map fails here, by name.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

it('lists every module of src/server/modules in the architecture map', () => {
  const modules = readdirSync(path.join(root, 'src/server/modules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const map = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
  expect(modules.length).toBeGreaterThan(10);
  expect(
    modules.filter((name) => !map.includes(`\n  ${name}/ `)),
    'modules missing from docs/architecture.md',
  ).toEqual([]);
  const mapped = [...map.matchAll(/^ {2}([a-z-]+)\/ /gm)].map((match) => match[1]);
  expect(
    mapped.filter((name) => !modules.includes(name!)),
    'modules in docs/architecture.md that no longer exist',
  ).toEqual([]);
});
