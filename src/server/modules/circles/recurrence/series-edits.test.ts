// One occurrence changed, "this and following", and the whole series: what the member sees.
import { describe, expect, it } from 'vitest';
import { expand } from './expand.ts';
import type { MeetingSeries } from './meeting-series.ts';
import { editSeries, splitAt, withOverride } from './series-edits.ts';

const secondTuesday: MeetingSeries = {
  start: '2027-01-12T12:00',
  timeZone: 'America/Boise',
  durationMinutes: 60,
  rrule: 'FREQ=MONTHLY;BYDAY=2TU',
  exdates: [],
  overrides: [],
};
const year2027 = { from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' };
const starts = (series: MeetingSeries, range = year2027) => expand(series, range).map((item) => item.start);

describe('one occurrence', () => {
  it('an EXDATE takes it out of the series altogether', () => {
    const found = starts({ ...secondTuesday, exdates: ['2027-03-09T12:00'] });
    expect(found).toHaveLength(11);
    expect(found).not.toContain('2027-03-09T12:00:00-07:00');
  });

  it('cancelled: still listed, marked cancelled', () => {
    const series = withOverride(secondTuesday, { recurrenceId: '2027-03-09T12:00', status: 'cancelled' });
    const march = expand(series, year2027).find((item) => item.recurrenceId === '2027-03-09T12:00');
    expect(march).toMatchObject({ status: 'cancelled', start: '2027-03-09T12:00:00-07:00' });
  });

  it('moved to another day, length and place: listed where it now is', () => {
    const series = withOverride(secondTuesday, {
      recurrenceId: '2027-03-09T12:00',
      status: 'moved',
      start: '2027-03-17T18:00',
      durationMinutes: 90,
      place: 'Library',
    });
    const found = expand(series, year2027);
    expect(found[2]).toEqual({
      recurrenceId: '2027-03-09T12:00',
      start: '2027-03-17T18:00:00-06:00',
      end: '2027-03-17T19:30:00-06:00',
      status: 'moved',
      place: 'Library',
    });
    // Asked for the week it moved into only, it is found though the rule put it the week before.
    expect(
      expand(series, { from: '2027-03-15T00:00:00Z', to: '2027-03-22T00:00:00Z' }).map((item) => item.recurrenceId),
    ).toEqual(['2027-03-09T12:00']);
    expect(expand(series, { from: '2027-03-08T00:00:00Z', to: '2027-03-15T00:00:00Z' })).toEqual([]);
  });

  it('refuses to change a date that is not an occurrence', () => {
    expect(() => withOverride(secondTuesday, { recurrenceId: '2027-03-10T12:00', status: 'cancelled' })).toThrow(
      /not an occurrence/,
    );
    const without = { ...secondTuesday, exdates: ['2027-03-09T12:00'] };
    expect(() => withOverride(without, { recurrenceId: '2027-03-09T12:00', status: 'cancelled' })).toThrow(
      /not an occurrence/,
    );
  });
});

describe('this and following', () => {
  const changed = withOverride(
    withOverride(
      { ...secondTuesday, exdates: ['2027-02-09T12:00', '2027-09-14T12:00'] },
      { recurrenceId: '2027-04-13T12:00', status: 'cancelled' },
    ),
    { recurrenceId: '2027-08-10T12:00', status: 'moved', place: 'Park' },
  );

  it('splits into two series that together are the old one', () => {
    const { before, after } = splitAt(changed, '2027-06-08T12:00');
    expect(before?.rrule).toBe('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270608T175959Z');
    expect(after.start).toBe('2027-06-08T12:00');
    expect(before?.exdates).toEqual(['2027-02-09T12:00']);
    expect(after.exdates).toEqual(['2027-09-14T12:00']);
    expect(before?.overrides.map((item) => item.recurrenceId)).toEqual(['2027-04-13T12:00']);
    expect(after.overrides.map((item) => item.recurrenceId)).toEqual(['2027-08-10T12:00']);
    const joined = [...expand(before as MeetingSeries, year2027), ...expand(after, year2027)];
    expect(joined).toEqual(expand(changed, year2027));
    expect(starts(before as MeetingSeries).at(-1)).toBe('2027-05-11T12:00:00-06:00');
  });

  it('a COUNT is shared out: the new series has what was left', () => {
    const counted = { ...secondTuesday, rrule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=10' };
    const { before, after } = splitAt(counted, '2027-04-13T12:00');
    expect(starts(before as MeetingSeries)).toHaveLength(3);
    expect(after.rrule).toBe('FREQ=MONTHLY;BYDAY=2TU;COUNT=7');
    expect(starts(after).at(-1)).toBe('2027-10-12T12:00:00-06:00');
  });

  it('from the first occurrence it is the whole series', () => {
    expect(splitAt(secondTuesday, '2027-01-12T12:00')).toEqual({ before: null, after: secondTuesday });
  });
});

describe('the whole series', () => {
  it('a later time moves the cancellations with it', () => {
    const cancelled = withOverride(secondTuesday, { recurrenceId: '2027-03-09T12:00', status: 'cancelled' });
    const { series, dropped } = editSeries(cancelled, { start: '2027-01-12T13:30' });
    expect(dropped).toEqual([]);
    expect(expand(series, year2027).find((item) => item.status === 'cancelled')?.start).toBe(
      '2027-03-09T13:30:00-07:00',
    );
  });

  it('a new rule drops the changes that no longer fall on it, and says which', () => {
    const changed = withOverride(
      { ...secondTuesday, exdates: ['2027-05-11T12:00'] },
      { recurrenceId: '2027-03-09T12:00', status: 'cancelled' },
    );
    // Second Tuesday → every Tuesday: both dates are still Tuesdays.
    expect(editSeries(changed, { rrule: 'FREQ=WEEKLY;BYDAY=TU' }).dropped).toEqual([]);
    // → last Friday: neither is.
    const { series, dropped } = editSeries(changed, { start: '2027-01-29T12:00', rrule: 'freq=monthly;byday=-1fr' });
    expect(series.rrule).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(dropped.length).toBe(2);
    expect(series.exdates).toEqual([]);
    expect(series.overrides).toEqual([]);
  });
});
