// VTIMEZONE text for an IANA zone, made from the zone rules Temporal already carries, so a feed
// needs no network and no bundled copy of tzdata (ical-generator asks for such a generator;
// the npm packages that provide one ship their own zone snapshot, which can lag the runtime's).
// Where a zone's changes follow a yearly pattern (US and Canadian rules: nth or last Sunday of a
// month at a local time), each observance is written once with its RRULE, the shape Outlook
// imports (MS-OXCICAL allows one yearly rule per observance); otherwise every change in the next
// thirty years is written as its own observance. A zone without changes gets one STANDARD.
import { Temporal } from 'temporal-polyfill';

type Change = { at: Temporal.Instant; from: number; to: number; wall: Temporal.PlainDateTime };
const minute = 60_000_000_000;
const dayNames = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function offsetText(nanoseconds: number, separator = '') {
  const minutes = Math.round(nanoseconds / minute);
  const sign = minutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  return `${sign}${hours}${separator}${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
}

const icsLocal = (wall: Temporal.PlainDateTime) => wall.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');

function changes(timeZone: string, fromYear: number, toYear: number): Change[] {
  const found: Change[] = [];
  let cursor: Temporal.ZonedDateTime | null = Temporal.ZonedDateTime.from({
    year: fromYear,
    month: 1,
    day: 1,
    timeZone,
  });
  while (cursor && cursor.year < toYear) {
    cursor = cursor.getTimeZoneTransition('next');
    if (!cursor || cursor.year >= toYear) break;
    const at = cursor.toInstant();
    const from = at.subtract({ seconds: 1 }).toZonedDateTimeISO(timeZone).offsetNanoseconds;
    // The local time the change happens at, on the clock before it (what DTSTART must say).
    found.push({
      at,
      from,
      to: cursor.offsetNanoseconds,
      wall: at.toZonedDateTimeISO(offsetText(from, ':')).toPlainDateTime(),
    });
  }
  return found;
}

/** BYDAY for a change's date: '2SU' or '-1SU' (last), whichever every year agrees on. */
function weekdayRules(change: Change) {
  const { wall } = change;
  const day = dayNames[wall.dayOfWeek - 1] ?? 'SU';
  const rules = [`${Math.ceil(wall.day / 7)}${day}`];
  if (wall.day + 7 > wall.daysInMonth) rules.push(`-1${day}`);
  return rules;
}

const kindOf = (change: Change) => (change.to > change.from ? 'DAYLIGHT' : 'STANDARD');

function observance(change: Change, rrule: string | null) {
  return [
    `BEGIN:${kindOf(change)}`,
    `DTSTART:${icsLocal(change.wall)}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `TZOFFSETFROM:${offsetText(change.from)}`,
    `TZOFFSETTO:${offsetText(change.to)}`,
    `END:${kindOf(change)}`,
  ];
}

/** A yearly RRULE that gives exactly these changes' dates and times, or null. */
function yearlyRule(group: Change[]) {
  const first = group[0];
  if (!first || group.length < 3) return null;
  const same = group.every(
    (change) =>
      change.wall.month === first.wall.month &&
      change.wall.toPlainTime().equals(first.wall.toPlainTime()) &&
      change.from === first.from &&
      change.to === first.to,
  );
  if (!same) return null;
  const byDay = weekdayRules(first).find((rule) => group.every((change) => weekdayRules(change).includes(rule)));
  return byDay ? `FREQ=YEARLY;BYMONTH=${first.wall.month};BYDAY=${byDay}` : null;
}

/** The VTIMEZONE block for `timeZone`, valid from the start of `fromYear` on. */
export function vtimezone(timeZone: string, fromYear: number): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  // Start a year early so the first observance begins before any meeting in `fromYear`.
  const window = changes(timeZone, fromYear - 1, fromYear + 12);
  if (window.length === 0) {
    const offset = Temporal.ZonedDateTime.from({ year: fromYear, month: 1, day: 1, timeZone }).offsetNanoseconds;
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(offset)}`,
      `TZOFFSETTO:${offsetText(offset)}`,
      'END:STANDARD',
    );
  } else {
    const groups = [
      window.filter((change) => kindOf(change) === 'DAYLIGHT'),
      window.filter((change) => kindOf(change) === 'STANDARD'),
    ];
    const rules = groups.map(yearlyRule);
    if (rules.every((rule, index) => rule !== null || groups[index]?.length === 0))
      groups.forEach((group, index) => group[0] && lines.push(...observance(group[0], rules[index] ?? null)));
    else for (const change of changes(timeZone, fromYear - 1, fromYear + 30)) lines.push(...observance(change, null));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
