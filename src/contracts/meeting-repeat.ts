// The meeting form's "Repeats" choices, shared by the web form and the server that turns them into
// an RRULE (recurrence/repeat-form.ts). Only the choices live here; the rule engine stays on the
// server (the browser never loads it).
import { z } from 'zod';

export type RepeatEnd = { kind: 'never' } | { kind: 'count'; count: number } | { kind: 'until'; date: string };
export type ShortMonth = 'skip' | 'last';
/** week 1…5 counts from the start of the month, -1 is the last; 5 needs `fifthWeekday`. */
export type RepeatWeek = 1 | 2 | 3 | 4 | 5 | -1;

export type RepeatForm =
  | { repeat: 'none' }
  | { repeat: 'weekly'; everyWeeks: number; end: RepeatEnd }
  | { repeat: 'monthly-by-date'; shortMonth?: ShortMonth; end: RepeatEnd }
  | { repeat: 'monthly-by-weekday'; week: RepeatWeek; fifthWeekday?: ShortMonth; end: RepeatEnd }
  | { repeat: 'quarterly'; end: RepeatEnd }
  | { repeat: 'yearly'; end: RepeatEnd };

const shortMonth = z.enum(['skip', 'last'], 'must be skip or last');
const end = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('never') }).strict(),
    z.object({ kind: z.literal('count'), count: z.number('must be a number') }).strict(),
    z.object({ kind: z.literal('until'), date: z.string('must be a date like 2027-12-31') }).strict(),
  ],
  { error: 'must be never, count or until' },
);
const week = z.union([1, 2, 3, 4, 5, -1].map((value) => z.literal(value)) as [z.ZodLiteral<1>], {
  error: 'must be 1, 2, 3, 4, 5 or -1 (the last)',
});

/** The form's choices; the numbers' ranges are checked by the rule builder, naming the field. */
export const repeatFormSchema: z.ZodType<RepeatForm> = z.discriminatedUnion(
  'repeat',
  [
    z.object({ repeat: z.literal('none') }).strict(),
    z.object({ repeat: z.literal('weekly'), everyWeeks: z.number('must be a number'), end }).strict(),
    z.object({ repeat: z.literal('monthly-by-date'), shortMonth: shortMonth.optional(), end }).strict(),
    z.object({ repeat: z.literal('monthly-by-weekday'), week, fifthWeekday: shortMonth.optional(), end }).strict(),
    z.object({ repeat: z.literal('quarterly'), end }).strict(),
    z.object({ repeat: z.literal('yearly'), end }).strict(),
  ],
  { error: 'must be none, weekly, monthly-by-date, monthly-by-weekday, quarterly or yearly' },
);
