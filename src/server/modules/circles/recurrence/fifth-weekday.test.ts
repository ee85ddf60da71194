// The fifth-weekday policy, proved against a hand count of weekdays for a century of months.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { expand } from './expand.ts';
import { ruleFromForm } from './repeat-form.ts';
import type { ShortMonth } from './repeat-form.ts';

// 29, 30 and 31 March 2027 (a Monday, a Tuesday, a Wednesday) are each the fifth of their weekday.
const fifthInMarch = ['2027-03-29', '2027-03-30', '2027-03-31'];

/** The dates of every `dayOfWeek` (1 = Monday) in a month, counted by hand. */
function weekdaysOf(month: Temporal.PlainYearMonth, dayOfWeek: number) {
  const days: string[] = [];
  for (let day = 1; day <= month.daysInMonth; day++) {
    const date = month.toPlainDate({ day });
    if (date.dayOfWeek === dayOfWeek) days.push(date.toString());
  }
  return days;
}

function expected(start: string, policy: ShortMonth, years: number) {
  const dayOfWeek = Temporal.PlainDate.from(start).dayOfWeek;
  const days: string[] = [];
  let month = Temporal.PlainYearMonth.from(start.slice(0, 7));
  for (let index = 0; index < years * 12; index++, month = month.add({ months: 1 })) {
    const all = weekdaysOf(month, dayOfWeek);
    const fifth = all[4];
    if (fifth) days.push(fifth);
    else if (policy === 'last') days.push(all[all.length - 1] ?? '');
  }
  return days;
}

describe('a "5th weekday" series', () => {
  for (const day of fifthInMarch)
    for (const policy of ['skip', 'last'] as const)
      it(`from ${day}, months without one: ${policy} (100 years)`, () => {
        const start = `${day}T19:00`;
        const rrule = ruleFromForm(
          { repeat: 'monthly-by-weekday', week: 5, fifthWeekday: policy, end: { kind: 'never' } },
          start,
          'America/Regina',
        );
        const series = { start, timeZone: 'America/Regina', durationMinutes: 60, rrule, exdates: [], overrides: [] };
        const found = expand(series, { from: '2027-03-01T00:00:00Z', to: '2127-03-01T00:00:00Z' });
        expect(found.map((item) => item.start.slice(0, 10))).toEqual(expected(day, policy, 100));
      });

  it('skip leaves months out, last fills them in (2027: March, June, August, November have a fifth Tuesday)', () => {
    const run = (policy: ShortMonth) => {
      const rrule = ruleFromForm(
        { repeat: 'monthly-by-weekday', week: 5, fifthWeekday: policy, end: { kind: 'never' } },
        '2027-03-30T19:00',
        'UTC',
      );
      const series = {
        start: '2027-03-30T19:00',
        timeZone: 'UTC',
        durationMinutes: 60,
        rrule,
        exdates: [],
        overrides: [],
      };
      return expand(series, { from: '2027-03-01T00:00:00Z', to: '2028-01-01T00:00:00Z' }).map((item) =>
        item.start.slice(5, 10),
      );
    };
    expect(run('skip')).toEqual(['03-30', '06-29', '08-31', '11-30']);
    expect(run('last')).toEqual([
      '03-30',
      '04-27',
      '05-25',
      '06-29',
      '07-27',
      '08-31',
      '09-28',
      '10-26',
      '11-30',
      '12-28',
    ]);
  });
});
