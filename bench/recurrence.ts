// Expanding one year of occurrences for 1,000 meeting series (issue 10's target: ≤ 200 ms), in
// process, through the very function GET …/occurrences will call. The series mix every rule the
// form makes across the zones our members live in, with some EXDATEs and overrides. The floor is
// the zone arithmetic alone: placing the same number of local times on their zones with
// Temporal, which any expansion pays. Prints JSON.
// Run: node bench/recurrence.ts   (REPEAT=15 by default)
import os from 'node:os';
import { Temporal } from 'temporal-polyfill';
import { expand } from '../src/server/modules/circles/recurrence/expand.ts';
import type { MeetingSeries } from '../src/server/modules/circles/recurrence/meeting-series.ts';
import { percentile, round } from './support.ts';

const repeat = Number(process.env.REPEAT ?? 15);
const zones = [
  'America/Boise',
  'America/New_York',
  'America/St_Johns',
  'America/Regina',
  'America/Toronto',
  'America/Los_Angeles',
  'Europe/London',
  'Pacific/Auckland',
];
const rules = [
  'FREQ=WEEKLY;BYDAY=TU',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  'FREQ=MONTHLY;BYDAY=2TU',
  'FREQ=MONTHLY;BYDAY=-1FR',
  'FREQ=MONTHLY;BYDAY=5TU',
  'FREQ=MONTHLY;BYMONTHDAY=9',
  'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=9',
  'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=9',
  'FREQ=WEEKLY;BYDAY=TU;COUNT=40',
];
// Each rule's start: a date the rule itself makes (a Tuesday, a last Friday, a fifth Tuesday…).
const starts = [
  '2026-03-10',
  '2026-03-10',
  '2026-03-10',
  '2026-03-27',
  '2026-03-31',
  '2026-03-09',
  '2026-03-09',
  '2026-03-09',
  '2026-12-01',
];

function makeSeries(index: number): MeetingSeries {
  const rule = index % rules.length;
  const hour = String(8 + (index % 12)).padStart(2, '0');
  const start = `${starts[rule]}T${hour}:30`;
  return {
    start,
    timeZone: zones[index % zones.length] ?? 'UTC',
    durationMinutes: 60 + (index % 3) * 30,
    rrule: rules[rule] ?? null,
    exdates: index % 4 === 0 ? [`2027-01-12T${hour}:30`] : [],
    overrides: index % 5 === 0 ? [{ recurrenceId: `2027-02-09T${hour}:30`, status: 'cancelled' }] : [],
  };
}

const series = Array.from({ length: 1000 }, (_, index) => makeSeries(index));
const range = { from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' };

function expandAll() {
  let occurrences = 0;
  for (const item of series) occurrences += expand(item, range).length;
  return occurrences;
}

const occurrences = expandAll(); // warm-up, and the count
// Wall time, and this process's CPU time: on a machine shared with other work the second says
// what the code costs when the scheduler is not taking the core away.
const times: number[] = [];
const cpuTimes: number[] = [];
for (let run = 0; run < repeat; run++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  expandAll();
  const used = process.cpuUsage(cpu);
  times.push(performance.now() - started);
  cpuTimes.push((used.user + used.system) / 1000);
}

// The floor: the same number of local times placed on their zones, nothing else.
const locals = Array.from({ length: occurrences }, (_, index) =>
  Temporal.PlainDateTime.from('2027-01-05T12:30').add({ days: index % 365 }),
);
const floorTimes: number[] = [];
for (let run = 0; run < repeat; run++) {
  const started = performance.now();
  locals.forEach((local, index) =>
    local.toZonedDateTime(zones[index % zones.length] ?? 'UTC', { disambiguation: 'compatible' }),
  );
  floorTimes.push(performance.now() - started);
}

console.log(
  JSON.stringify(
    {
      series: series.length,
      occurrences,
      repeat,
      medianMs: round(
        percentile(
          times.toSorted((a, b) => a - b),
          50,
        ),
      ),
      minMs: round(Math.min(...times)),
      maxMs: round(Math.max(...times)),
      cpuMedianMs: round(
        percentile(
          cpuTimes.toSorted((a, b) => a - b),
          50,
        ),
      ),
      loadAverage1m: round(os.loadavg()[0] ?? 0),
      targetMs: 200,
      floorZonePlacementMedianMs: round(
        percentile(
          floorTimes.toSorted((a, b) => a - b),
          50,
        ),
      ),
    },
    null,
    2,
  ),
);
