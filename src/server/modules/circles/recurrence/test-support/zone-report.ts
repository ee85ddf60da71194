// Run by process-zone.test.ts in child processes with different TZ: every answer the engine
// gives for a fixed set of series, as JSON. The same input must print the same text whatever
// the process's own zone, so nothing may read the server's clock or local-time Date methods.
import { expand, nextDates } from '../expand.ts';
import { meetingCalendarText } from '../meeting-calendar.ts';
import type { MeetingSeries } from '../meeting-series.ts';
import { formFromRule, ruleFromForm } from '../repeat-form.ts';
import { editSeries, splitAt } from '../series-edits.ts';

const series = (
  start: string,
  timeZone: string,
  rrule: string | null,
  extra: Partial<MeetingSeries> = {},
): MeetingSeries => ({
  start,
  timeZone,
  durationMinutes: 60,
  rrule,
  exdates: [],
  overrides: [],
  ...extra,
});

const cases: MeetingSeries[] = [
  ...['America/Boise', 'America/New_York', 'America/St_Johns', 'America/Regina', 'Pacific/Auckland'].flatMap((zone) => [
    series('2027-01-12T12:00', zone, 'FREQ=MONTHLY;BYDAY=2TU'),
    series('2027-01-29T18:30', zone, 'FREQ=MONTHLY;BYDAY=-1FR'),
    series('2027-03-30T19:00', zone, 'FREQ=MONTHLY;BYDAY=5TU'),
  ]),
  series('2027-03-07T02:30', 'America/New_York', 'FREQ=WEEKLY;COUNT=3'),
  series('2027-10-31T01:30', 'America/New_York', 'FREQ=WEEKLY;COUNT=3'),
  series('2027-01-05T19:00', 'America/St_Johns', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20271031'),
  series('2027-01-12T12:00', 'America/Boise', 'FREQ=MONTHLY;BYDAY=2TU;COUNT=10', {
    exdates: ['2027-05-11T12:00'],
    overrides: [
      { recurrenceId: '2027-03-09T12:00', status: 'cancelled' },
      { recurrenceId: '2027-04-13T12:00', status: 'moved', start: '2027-04-14T18:00', place: 'Park' },
    ],
  }),
];

const range = { from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' };
const report = {
  expansions: cases.map((item) => expand(item, range)),
  next: cases.map((item) => nextDates(item, 5, '2027-06-01T00:00:00Z')),
  splits: splitAt(cases[cases.length - 1] as MeetingSeries, '2027-06-08T12:00'),
  edit: editSeries(cases[cases.length - 1] as MeetingSeries, { start: '2027-01-12T13:30' }),
  rules: [
    ruleFromForm(
      { repeat: 'quarterly', end: { kind: 'until', date: '2028-12-31' } },
      '2027-03-09T12:00',
      'Pacific/Auckland',
    ),
    formFromRule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231', '2027-03-09T12:00', 'America/Boise'),
  ],
  calendar: meetingCalendarText({
    name: 'Zones',
    meetings: cases.map((item, index) => ({ uid: `m${index}@test`, sequence: 0, summary: 'Circle', series: item })),
    now: new Date('2026-12-06T00:00:00Z'),
  }),
};
// The process's own zone, reported apart so the test can see the two runs really differed.
const processOffset = new Date(2027, 0, 1, 12).getTimezoneOffset();
process.stdout.write(JSON.stringify({ processOffset, report }));
