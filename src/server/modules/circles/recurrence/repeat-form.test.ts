import { describe, expect, it } from 'vitest';
import { nextDates } from './expand.ts';
import { formFromRule, ruleFromForm } from './repeat-form.ts';
import type { RepeatForm } from './repeat-form.ts';

const zone = 'America/Boise';

describe('the form\'s "Repeats" choices', () => {
  it.each<[string, RepeatForm, string | null]>([
    ['2027-03-09T12:00', { repeat: 'none' }, null],
    ['2027-03-09T12:00', { repeat: 'weekly', everyWeeks: 1, end: { kind: 'never' } }, 'FREQ=WEEKLY;BYDAY=TU'],
    [
      '2027-03-09T12:00',
      { repeat: 'weekly', everyWeeks: 3, end: { kind: 'count', count: 6 } },
      'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;COUNT=6',
    ],
    ['2027-03-09T12:00', { repeat: 'monthly-by-date', end: { kind: 'never' } }, 'FREQ=MONTHLY;BYMONTHDAY=9'],
    [
      '2027-03-31T12:00',
      { repeat: 'monthly-by-date', shortMonth: 'last', end: { kind: 'never' } },
      'FREQ=MONTHLY;BYMONTHDAY=-1',
    ],
    ['2027-03-09T12:00', { repeat: 'monthly-by-weekday', week: 2, end: { kind: 'never' } }, 'FREQ=MONTHLY;BYDAY=2TU'],
    ['2027-03-26T12:00', { repeat: 'monthly-by-weekday', week: -1, end: { kind: 'never' } }, 'FREQ=MONTHLY;BYDAY=-1FR'],
    [
      '2027-03-30T12:00',
      { repeat: 'monthly-by-weekday', week: 5, fifthWeekday: 'skip', end: { kind: 'never' } },
      'FREQ=MONTHLY;BYDAY=5TU',
    ],
    [
      '2027-03-09T12:00',
      { repeat: 'quarterly', end: { kind: 'until', date: '2028-12-31' } },
      'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=9;UNTIL=20290101T065959Z',
    ],
    ['2027-03-09T12:00', { repeat: 'yearly', end: { kind: 'never' } }, 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=9'],
  ])('from %s: %j is stored as %s and opens as the same form', (start, form, rrule) => {
    expect(ruleFromForm(form, start, zone)).toBe(rrule);
    expect(formFromRule(rrule, start, zone)).toEqual(form);
  });

  it('"5th Tuesday, else the last" is stored as the last Tuesday, which is the same set of dates', () => {
    const form: RepeatForm = { repeat: 'monthly-by-weekday', week: 5, fifthWeekday: 'last', end: { kind: 'never' } };
    expect(ruleFromForm(form, '2027-03-30T12:00', zone)).toBe('FREQ=MONTHLY;BYDAY=-1TU');
  });

  it('asks what a fifth-weekday series does in months without one', () => {
    const form: RepeatForm = { repeat: 'monthly-by-weekday', week: 5, end: { kind: 'never' } };
    expect(() => ruleFromForm(form, '2027-03-30T12:00', zone)).toThrow(/fifthWeekday/);
  });

  it('"last day of the month" only for a meeting on its month\'s last day; the 30th skips February', () => {
    const last: RepeatForm = { repeat: 'monthly-by-date', shortMonth: 'last', end: { kind: 'never' } };
    expect(() => ruleFromForm(last, '2027-03-30T12:00', zone)).toThrow(/shortMonth/);
    const rrule = ruleFromForm({ repeat: 'monthly-by-date', end: { kind: 'never' } }, '2027-01-30T12:00', zone);
    const series = {
      start: '2027-01-30T12:00',
      timeZone: zone,
      durationMinutes: 60,
      rrule,
      exdates: [],
      overrides: [],
    };
    expect(nextDates(series, 3, '2027-01-01T00:00:00Z').map((item) => item.start.slice(0, 10))).toEqual([
      '2027-01-30',
      '2027-03-30',
      '2027-04-30',
    ]);
  });

  it("names the form's own field when a number is out of range", () => {
    expect(() =>
      ruleFromForm({ repeat: 'weekly', everyWeeks: 0, end: { kind: 'never' } }, '2027-03-09T12:00', zone),
    ).toThrow(/^everyWeeks/);
    expect(() =>
      ruleFromForm({ repeat: 'yearly', end: { kind: 'count', count: 0 } }, '2027-03-09T12:00', zone),
    ).toThrow(/^end\.count/);
    expect(() =>
      ruleFromForm({ repeat: 'yearly', end: { kind: 'until', date: '31/12/2027' } }, '2027-03-09T12:00', zone),
    ).toThrow(/^end\.date/);
  });

  it('a rule the form cannot show opens as no form at all', () => {
    expect(formFromRule('FREQ=WEEKLY;BYDAY=MO,WE', '2027-03-08T12:00', zone)).toBeNull();
  });

  it('shows the next five dates before saving', () => {
    const rrule = ruleFromForm(
      { repeat: 'monthly-by-weekday', week: 2, end: { kind: 'never' } },
      '2027-03-09T12:00',
      zone,
    );
    const series = {
      start: '2027-03-09T12:00',
      timeZone: zone,
      durationMinutes: 90,
      rrule,
      exdates: [],
      overrides: [],
    };
    expect(nextDates(series, 5, '2027-03-10T00:00:00Z').map((item) => item.start)).toEqual([
      '2027-04-13T12:00:00-06:00',
      '2027-05-11T12:00:00-06:00',
      '2027-06-08T12:00:00-06:00',
      '2027-07-13T12:00:00-06:00',
      '2027-08-10T12:00:00-06:00',
    ]);
    // A sparse rule still finds five: yearly looks beyond the first year.
    const yearly = { ...series, rrule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=9' };
    expect(nextDates(yearly, 5, '2027-03-10T00:00:00Z').map((item) => item.start.slice(0, 10))).toEqual([
      '2028-03-09',
      '2029-03-09',
      '2030-03-09',
      '2031-03-09',
      '2032-03-09',
    ]);
  });
});
