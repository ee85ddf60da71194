// Turns a zod issue into a sentence a person can read: the field's words first, then what is wrong
// ("Appointment time is required", "Display name must be at most 120 characters"). Our own
// messages are predicates and keep their wording; zod's built-in ones ("Invalid input: expected
// string, received undefined") are rewritten from the issue's facts.
import { withSubject } from '../../contracts/field-labels.ts';

export type FieldProblem = { field: string; message: string };

type Issue = {
  code?: string;
  message: string;
  expected?: unknown;
  origin?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  values?: unknown;
  keys?: unknown;
};

const kinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  date: 'a date',
  bigint: 'a whole number',
};

function builtIn(issue: Issue): string {
  const limit = (value: unknown) => String(value);
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return 'is required';
      return `must be ${kinds[String(issue.expected)] ?? String(issue.expected)}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${limit(issue.maximum)} characters`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must have at most ${limit(issue.maximum)} entries`;
      return `must be at most ${limit(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) === 1 ? 'is required' : `must be at least ${limit(issue.minimum)} characters`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must have at least ${limit(issue.minimum)} entries`;
      return `must be at least ${limit(issue.minimum)}`;
    case 'invalid_value':
      return Array.isArray(issue.values)
        ? `must be one of: ${issue.values.map(String).join(', ')}`
        : 'is not an allowed value';
    case 'unrecognized_keys':
      return 'is not a field this form accepts';
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_union':
    case undefined:
    default:
      return 'is not valid';
  }
}

/** Our messages start in lower case ("must be a date"); zod's own start with a capital. */
const isOwn = (message: string) => /^[a-z]/.test(message);

export function fieldProblem(field: string, issue: Issue): FieldProblem {
  const own = isOwn(issue.message);
  if (!own && issue.code === 'unrecognized_keys' && Array.isArray(issue.keys) && issue.keys.length) {
    const within = ['(body)', 'body', 'querystring', 'params'].includes(field) ? '' : `${field}.`;
    const keys = issue.keys.map((key) => `${within}${String(key)}`);
    return { field: keys.join(','), message: keys.map((key) => withSubject(key, builtIn(issue))).join('; ') };
  }
  return { field, message: withSubject(field, own ? issue.message : builtIn(issue)) };
}
