// Our calendar text, read back by two parsers that share no code with us or with each other
// (ical.js, Mozilla's; node-ical on rrule-temporal 1.x), must give the same twelve months of
// occurrences as our own expansion: the times, the moved ones, the cancelled ones.
import { describe, expect, it } from 'vitest';
import { readWithIcalJs, readWithNodeIcal, sorted, type Seen } from '../../../../../test/support/calendar-readers.ts';
import { expand } from './expand.ts';
import { meetingCalendarText } from './meeting-calendar.ts';
import type { CalendarMeeting } from './meeting-calendar.ts';
import type { MeetingSeries } from './meeting-series.ts';

const meeting = (
  uid: string,
  series: Omit<MeetingSeries, 'exdates' | 'overrides'> & Partial<MeetingSeries>,
): CalendarMeeting => ({
  uid: `${uid}@kneadwork.test`,
  sequence: 1,
  summary: `Circle ${uid}`,
  place: 'Community hall',
  series: { exdates: [], overrides: [], ...series },
});

const meetings: CalendarMeeting[] = [
  meeting('boise-second-tuesday', {
    start: '2027-01-12T12:00',
    timeZone: 'America/Boise',
    durationMinutes: 90,
    rrule: 'FREQ=MONTHLY;BYDAY=2TU',
    exdates: ['2027-05-11T12:00'],
    overrides: [
      { recurrenceId: '2027-03-09T12:00', status: 'cancelled' },
      { recurrenceId: '2027-04-13T12:00', status: 'moved', start: '2027-04-14T18:00', place: 'Park' },
    ],
  }),
  meeting('new-york-last-friday', {
    start: '2027-01-29T18:30',
    timeZone: 'America/New_York',
    durationMinutes: 60,
    rrule: 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=10',
  }),
  meeting('st-johns-fortnightly', {
    start: '2027-01-05T19:00',
    timeZone: 'America/St_Johns',
    durationMinutes: 45,
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20271031T120000Z',
  }),
  meeting('regina-quarterly', {
    start: '2027-01-15T09:00',
    timeZone: 'America/Regina',
    durationMinutes: 120,
    rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15',
  }),
  meeting('london-month-end', {
    start: '2027-01-31T17:00',
    timeZone: 'Europe/London',
    durationMinutes: 60,
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1',
  }),
  meeting('auckland-fifth-sunday', {
    start: '2027-01-31T10:00',
    timeZone: 'Pacific/Auckland',
    durationMinutes: 60,
    rrule: 'FREQ=MONTHLY;BYDAY=5SU',
  }),
  meeting('boise-one-off', { start: '2027-06-02T08:00', timeZone: 'America/Boise', durationMinutes: 30, rrule: null }),
  meeting('regina-one-off-cancelled', {
    start: '2027-07-07T10:00',
    timeZone: 'America/Regina',
    durationMinutes: 30,
    rrule: null,
    overrides: [{ recurrenceId: '2027-07-07T10:00', status: 'cancelled' }],
  }),
];

const from = new Date('2027-01-01T00:00:00Z');
const to = new Date('2028-01-01T00:00:00Z');
const iso = (date: Date) => date.toISOString();

function ours(): Seen[] {
  return sorted(
    meetings.flatMap((item) =>
      expand(item.series, { from, to }).map((occurrence) => ({
        uid: item.uid,
        start: iso(new Date(occurrence.start)),
        end: iso(new Date(occurrence.end)),
        cancelled: occurrence.status === 'cancelled',
      })),
    ),
  );
}

describe('the .ics of circle meetings', () => {
  const text = meetingCalendarText({ name: 'My circles', meetings, now: new Date('2026-12-06T00:00:00Z') });

  it('carries TZID with a VTIMEZONE per zone, RRULE, EXDATE and RECURRENCE-ID overrides', () => {
    for (const zone of [
      'America/Boise',
      'America/New_York',
      'America/St_Johns',
      'America/Regina',
      'Europe/London',
      'Pacific/Auckland',
    ])
      expect(text).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n`);
    expect(text).toContain('DTSTART;TZID=America/Boise:20270112T120000\r\n');
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nEXDATE;TZID=America/Boise:20270511T120000\r\n');
    expect(text).toContain('RECURRENCE-ID;TZID=America/Boise:20270413T120000\r\n');
    expect(text).toMatch(/DTSTAMP:20261206T000000Z\r\n/);
  });

  it('reads back in ical.js as the same twelve months', () => {
    const expected = ours();
    expect(expected.length).toBeGreaterThan(60);
    expect(readWithIcalJs(text, from, to)).toEqual(expected);
  });

  it('reads back in node-ical as the same twelve months', () => {
    expect(readWithNodeIcal(text, from, to)).toEqual(ours());
  });
});

describe('a 02:30 meeting on the spring-forward day, as the calendar apps read our file', () => {
  const gap = [
    meeting('gap', {
      start: '2027-03-07T02:30',
      timeZone: 'America/New_York',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=3',
    }),
  ];
  const text = meetingCalendarText({ name: 'Gap', meetings: gap, now: new Date('2026-12-06T00:00:00Z') });
  const springDay = (items: Seen[]) => items.find((item) => item.start.startsWith('2027-03-14'))?.start;

  it('we and node-ical put it at 03:30 EDT (07:30Z), as RFC 5545 §3.3.5 says', () => {
    const ourStart = expand(gap[0]?.series as MeetingSeries, { from, to }).map((item) => iso(new Date(item.start)));
    expect(ourStart[1]).toBe('2027-03-14T07:30:00.000Z');
    expect(springDay(readWithNodeIcal(text, from, to))).toBe('2027-03-14T07:30:00.000Z');
  });

  it('ical.js reads the skipped 02:30 with the offset after the gap (06:30Z, i.e. 01:30 EST): same day, an hour early', () => {
    // Recorded so a change in ical.js shows up here; the other two weeks agree.
    expect(springDay(readWithIcalJs(text, from, to))).toBe('2027-03-14T06:30:00.000Z');
  });

  it('a weekly 01:30 meeting on the fall-back day: we and node-ical say the first 01:30 (EDT), ical.js the second', () => {
    const fold = [
      meeting('fold', {
        start: '2027-10-31T01:30',
        timeZone: 'America/New_York',
        durationMinutes: 60,
        rrule: 'FREQ=WEEKLY;COUNT=3',
      }),
    ];
    const foldText = meetingCalendarText({ name: 'Fold', meetings: fold, now: new Date('2026-12-06T00:00:00Z') });
    const fallBackDay = (items: Seen[]) => items.find((item) => item.start.startsWith('2027-11-07'))?.start;
    expect(expand(fold[0]?.series as MeetingSeries, { from, to })[1]?.start).toBe('2027-11-07T01:30:00-04:00');
    expect(fallBackDay(readWithNodeIcal(foldText, from, to))).toBe('2027-11-07T05:30:00.000Z');
    expect(fallBackDay(readWithIcalJs(foldText, from, to))).toBe('2027-11-07T06:30:00.000Z');
  });

  it('node-ical reads a DTSTART that is itself on the repeated 01:30 as the second one, and then misses that day', () => {
    // Recorded, not endorsed: a series that starts in the repeated hour shows a week late there.
    const fold = [
      meeting('fold-start', {
        start: '2027-11-07T01:30',
        timeZone: 'America/New_York',
        durationMinutes: 60,
        rrule: 'FREQ=WEEKLY;COUNT=2',
      }),
    ];
    const foldText = meetingCalendarText({ name: 'Fold', meetings: fold, now: new Date('2026-12-06T00:00:00Z') });
    expect(readWithNodeIcal(foldText, from, to).map((item) => item.start)).toEqual([
      '2027-11-14T06:30:00.000Z',
      '2027-11-21T06:30:00.000Z',
    ]);
    expect(readWithIcalJs(foldText, from, to).map((item) => item.start)).toEqual([
      '2027-11-07T06:30:00.000Z',
      '2027-11-14T06:30:00.000Z',
    ]);
  });
});
