// Second Tuesday and last Friday across the 2027 US and Canadian clock changes (14 March and
// 7 November 2027 in all four zones' countries), the skipped and the repeated hour.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { expand, inViewerZone } from './expand.ts';
import type { MeetingSeries } from './meeting-series.ts';

const series = (start: string, timeZone: string, rrule: string | null): MeetingSeries => ({
  start,
  timeZone,
  durationMinutes: 60,
  rrule,
  exdates: [],
  overrides: [],
});
const year2027 = { from: '2027-01-01T00:00:00Z', to: '2028-01-01T12:00:00Z' };

// Written out by hand from a 2027 calendar, not computed: the engine must arrive at these.
const secondTuesdays = [
  '01-12',
  '02-09',
  '03-09',
  '04-13',
  '05-11',
  '06-08',
  '07-13',
  '08-10',
  '09-14',
  '10-12',
  '11-09',
  '12-14',
];
const lastFridays = [
  '01-29',
  '02-26',
  '03-26',
  '04-30',
  '05-28',
  '06-25',
  '07-30',
  '08-27',
  '09-24',
  '10-29',
  '11-26',
  '12-31',
];
const zones = {
  'America/Boise': { standard: '-07:00', daylight: '-06:00' },
  'America/New_York': { standard: '-05:00', daylight: '-04:00' },
  'America/St_Johns': { standard: '-03:30', daylight: '-02:30' },
  'America/Regina': { standard: '-06:00', daylight: '-06:00' }, // Saskatchewan keeps one offset all year
} as const;
// Daylight time in the US and Canada in 2027: from 14 March to 7 November.
const offsetOn = (day: string, zone: keyof typeof zones) =>
  day >= '03-14' && day < '11-07' ? zones[zone].daylight : zones[zone].standard;

describe('monthly meetings keep their local time across daylight-saving changes', () => {
  for (const zone of Object.keys(zones) as (keyof typeof zones)[]) {
    it(`second Tuesday at 12:00 in ${zone}`, () => {
      const found = expand(series('2027-01-12T12:00', zone, 'FREQ=MONTHLY;BYDAY=2TU'), year2027).map(
        (item) => item.start,
      );
      expect(found).toEqual(secondTuesdays.map((day) => `2027-${day}T12:00:00${offsetOn(day, zone)}`));
    });
    it(`last Friday at 18:30 in ${zone}`, () => {
      const found = expand(series('2027-01-29T18:30', zone, 'FREQ=MONTHLY;BYDAY=-1FR'), year2027);
      expect(found.map((item) => item.start)).toEqual(
        lastFridays.map((day) => `2027-${day}T18:30:00${offsetOn(day, zone)}`),
      );
      expect(found.map((item) => item.end)).toEqual(
        lastFridays.map((day) => `2027-${day}T19:30:00${offsetOn(day, zone)}`),
      );
    });
  }
});

describe('the skipped and the repeated hour (RFC 5545 §3.8.5.3 → §3.3.5)', () => {
  it('a 02:30 meeting on the spring-forward day happens at 03:30 daylight time, and still counts', () => {
    // §3.3.5: a local time that does not occur "is interpreted using the UTC offset before the
    // gap": 02:30 at -05:00 is 07:30Z = 03:30 EDT. It is not dropped, so COUNT=3 still gives 3.
    const found = expand(series('2027-03-07T02:30', 'America/New_York', 'FREQ=WEEKLY;COUNT=3'), year2027);
    expect(found.map((item) => [item.recurrenceId, item.start, item.end])).toEqual([
      ['2027-03-07T02:30', '2027-03-07T02:30:00-05:00', '2027-03-07T03:30:00-05:00'],
      ['2027-03-14T02:30', '2027-03-14T03:30:00-04:00', '2027-03-14T04:30:00-04:00'],
      ['2027-03-21T02:30', '2027-03-21T02:30:00-04:00', '2027-03-21T03:30:00-04:00'],
    ]);
  });

  it("the same in St. John's, whose clocks also move at 02:00 but by a half-hour offset", () => {
    const [occurrence] = expand(series('2027-03-14T02:30', 'America/St_Johns', null), year2027);
    expect(occurrence?.start).toBe('2027-03-14T03:30:00-02:30');
  });

  it('a 01:30 meeting on the fall-back day is the first 01:30 (daylight time) and lasts one real hour', () => {
    // §3.3.5: a local time that occurs twice "refers to the first occurrence".
    const found = expand(series('2027-10-31T01:30', 'America/New_York', 'FREQ=WEEKLY;COUNT=3'), year2027);
    expect(found.map((item) => [item.start, item.end])).toEqual([
      ['2027-10-31T01:30:00-04:00', '2027-10-31T02:30:00-04:00'],
      ['2027-11-07T01:30:00-04:00', '2027-11-07T01:30:00-05:00'],
      ['2027-11-14T01:30:00-05:00', '2027-11-14T02:30:00-05:00'],
    ]);
  });

  it('a 02:30 meeting on the fall-back day is not ambiguous here: clocks fall back from 02:00 to 01:00', () => {
    const [occurrence] = expand(series('2027-11-07T02:30', 'America/Boise', null), year2027);
    expect(occurrence?.start).toBe('2027-11-07T02:30:00-07:00');
    const instant = Temporal.Instant.from(occurrence?.start ?? '');
    expect(instant.toZonedDateTimeISO('America/Boise').toPlainTime().toString()).toBe('02:30:00');
  });
});

describe("each viewer's clock", () => {
  it('a Boise meeting at noon is 08:00 the next morning in Auckland, and 14:00 in New York', () => {
    const [occurrence] = expand(series('2027-03-09T12:00', 'America/Boise', 'FREQ=MONTHLY;BYDAY=2TU'), year2027);
    expect(occurrence?.start).toBe('2027-03-09T12:00:00-07:00');
    expect(inViewerZone(occurrence ?? { start: '', end: '' }, 'Pacific/Auckland')).toEqual({
      start: '2027-03-10T08:00:00+13:00',
      end: '2027-03-10T09:00:00+13:00',
    });
    expect(inViewerZone(occurrence ?? { start: '', end: '' }, 'America/New_York').start).toBe(
      '2027-03-09T14:00:00-05:00',
    );
  });
});
