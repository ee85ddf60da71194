// The meetings form's "Repeats" choices and the RRULE each one is stored as (ruleFromForm), and
// back (formFromRule) so an existing meeting opens in the form it was made with. The weekday,
// day of month and month come from the start, as in every calendar app.
//
// "5th Tuesday" asks what to do in months without one: 'skip' is BYDAY=5TU (RFC 5545 §3.3.10:
// an nth weekday that does not exist is no occurrence), 'last' is BYDAY=-1TU. A month holds at
// most five of any weekday, so when a fifth exists it is the last one, and when it does not the
// last is the fourth: "the fifth, else the last" is exactly "the last" (proved over a century of
// months in fifth-weekday.test.ts). A monthly date past the 28th skips shorter months (RFC 5545:
// an invalid date is no occurrence) unless the start is its month's last day and the form says
// 'last': BYMONTHDAY=-1. "The 30th, else the last day" would need BYMONTHDAY=28,29,30;
// BYSETPOS=-1, which ical.js (Thunderbird) reads as four meetings a month, so it is not offered.
import { parseLocal, requireTimeZone } from './local-time.ts';
import { RecurrenceError } from './recurrence-error.ts';
import { formatRule, parseRule, weekdays } from './recurrence-rule.ts';
import type { RecurrenceRule, Weekday } from './recurrence-rule.ts';
import type { RepeatEnd, RepeatForm, ShortMonth } from '../../../../contracts/meeting-repeat.ts';

export type { RepeatEnd, RepeatForm, ShortMonth };

/** The RRULE for a form's choices, or null for a one-off meeting. Throws RecurrenceError. */
export function ruleFromForm(form: RepeatForm, start: string, timeZone: string): string | null {
  if (form.repeat === 'none') return null;
  const zone = requireTimeZone(timeZone);
  const local = parseLocal(start, 'start');
  const weekday = weekdays[local.dayOfWeek - 1] as Weekday;
  const byDate = (shortMonth: ShortMonth | undefined): Partial<RecurrenceRule> => {
    if (shortMonth !== 'last') return { byMonthDay: [local.day] };
    if (local.day !== local.daysInMonth)
      throw new RecurrenceError('shortMonth', 'shortMonth: "last" is for a meeting on the last day of its month');
    return { byMonthDay: [-1] };
  };
  let rule: RecurrenceRule;
  switch (form.repeat) {
    case 'weekly':
      // Checked here so the message names the form's field, not the rule part it becomes.
      if (!Number.isInteger(form.everyWeeks) || form.everyWeeks < 1 || form.everyWeeks > 99)
        throw new RecurrenceError('everyWeeks', 'everyWeeks must be a whole number from 1 to 99');
      rule = { freq: 'WEEKLY', interval: form.everyWeeks, byDay: [{ nth: null, weekday }] };
      break;
    case 'monthly-by-date':
      rule = { freq: 'MONTHLY', interval: 1, ...byDate(form.shortMonth) };
      break;
    case 'monthly-by-weekday': {
      if (form.week === 5 && !form.fifthWeekday)
        throw new RecurrenceError(
          'fifthWeekday',
          'fifthWeekday: say whether months without a fifth one are skipped or use the last',
        );
      const nth = form.week === 5 && form.fifthWeekday === 'last' ? -1 : form.week;
      rule = { freq: 'MONTHLY', interval: 1, byDay: [{ nth, weekday }] };
      break;
    }
    case 'quarterly':
      rule = { freq: 'MONTHLY', interval: 3, byMonthDay: [local.day] };
      break;
    case 'yearly':
      rule = { freq: 'YEARLY', interval: 1, byMonth: [local.month], byMonthDay: [local.day] };
      break;
  }
  // Written out and parsed again so the form can never produce a rule the strict parser refuses;
  // an end date goes in as a date, which the parser reads as the end of that day on the meeting's
  // clock and writes back as UTC.
  return formatRule(parseRule(formatRule(rule) + endPart(form.end), zone));
}

function endPart(end: RepeatEnd) {
  switch (end.kind) {
    case 'never':
      return '';
    case 'count':
      if (!Number.isInteger(end.count) || end.count < 1 || end.count > 1000)
        throw new RecurrenceError('end.count', 'end.count must be a whole number from 1 to 1000');
      return `;COUNT=${end.count}`;
    case 'until':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(end.date))
        throw new RecurrenceError('end.date', 'end.date must be a date like 2027-12-31');
      return `;UNTIL=${end.date.replaceAll('-', '')}`;
  }
}

/**
 * The form that makes `rrule` for a meeting starting at `start`, or null when the rule is one the
 * form cannot show (sent through the API by hand); such a meeting is edited as raw RRULE.
 */
export function formFromRule(rrule: string | null, start: string, timeZone: string): RepeatForm | null {
  if (!rrule) return { repeat: 'none' };
  const rule = parseRule(rrule, requireTimeZone(timeZone));
  const end: RepeatEnd = rule.count
    ? { kind: 'count', count: rule.count }
    : rule.until
      ? { kind: 'until', date: rule.until.toZonedDateTimeISO(timeZone).toPlainDate().toString() }
      : { kind: 'never' };
  // Every form choice is tried against the rule; the one that spells it exactly wins.
  const candidates: RepeatForm[] = [
    { repeat: 'weekly', everyWeeks: rule.interval, end },
    { repeat: 'monthly-by-date', end },
    { repeat: 'monthly-by-date', shortMonth: 'last', end },
    ...([1, 2, 3, 4, -1] as const).map((week) => ({ repeat: 'monthly-by-weekday' as const, week, end })),
    { repeat: 'monthly-by-weekday', week: 5, fifthWeekday: 'skip', end },
    { repeat: 'quarterly', end },
    { repeat: 'yearly', end },
  ];
  const wanted = formatRule({ ...rule, until: undefined, count: undefined });
  const bare = (form: RepeatForm) => {
    try {
      return ruleFromForm({ ...form, end: { kind: 'never' } } as RepeatForm, start, timeZone);
    } catch {
      return null;
    }
  };
  return candidates.find((form) => bare(form) === wanted) ?? null;
}
