// One gate in front of every route, ours and Better Auth's alike: a string in the path, the query
// or a JSON body may not hold NUL (PostgreSQL text cannot store it, so it surfaced as a 500) nor
// other control characters that no form can type — tab, line feed and carriage return stay, for
// multi-line text. A body may not nest deeper than any of our contracts does, so no later
// recursive step (validation, JSON.stringify for Better Auth) can overflow the stack.
// The walk is iterative for the same reason.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { withSubject } from '../../contracts/field-labels.ts';
import { AppError } from './errors.ts';

// C0 controls except \t \n \r, and DEL.
// eslint-disable-next-line no-control-regex
export const forbiddenControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const maxDepth = 20;

type Found = { field: string; message: string } | null;

export function findBadInput(value: unknown, root: string): Found {
  const stack: { value: unknown; path: string[]; depth: number }[] = [{ value, path: root ? [root] : [], depth: 0 }];
  while (stack.length) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (forbiddenControl.test(current))
        return { field: path.join('.') || '(body)', message: 'must not contain control characters' };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth)
      return { field: path.join('.') || '(body)', message: `must not nest deeper than ${maxDepth} levels` };
    for (const [key, child] of Object.entries(current)) {
      if (forbiddenControl.test(key))
        return { field: path.join('.') || '(body)', message: 'must not contain control characters' };
      stack.push({ value: child, path: [...path, key], depth: depth + 1 });
    }
  }
  return null;
}

function check(request: FastifyRequest) {
  // The raw path first: a NUL anywhere in it (a slug, an id) is refused before any route reads it.
  const rawPath = request.url.split('?')[0]!;
  if (/%[01][0-9a-f]|%7f/i.test(rawPath) || forbiddenControl.test(rawPath)) {
    throw new AppError('validation_failed', 'The address must not contain control characters', [
      { field: '(path)', message: 'The address must not contain control characters' },
    ]);
  }
  const found =
    findBadInput(request.params, '') ??
    findBadInput(request.query, '') ??
    (request.isMultipart() ? null : findBadInput(request.body, ''));
  if (found) {
    const message = withSubject(found.field, found.message);
    throw new AppError('validation_failed', message, [{ field: found.field, message }]);
  }
}

export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => check(request));
}
