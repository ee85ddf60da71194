// The RRULE subset a circle meeting may use, parsed strictly: what the meetings form can make
// (weekly, every N weeks, monthly by date or by nth/last weekday, quarterly, yearly; until a date
// or a count) and nothing else. Anything more (FREQ=SECONDLY, BYHOUR, RSCALE…) is refused with a
// message naming the rule part, rather than expanded into something the form cannot show or edit.
import { Temporal } from 'temporal-polyfill';
import { RecurrenceError } from './recurrence-error.ts';

export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];
export type Frequency = 'WEEKLY' | 'MONTHLY' | 'YEARLY';
/** `nth` null is every such weekday; 1…5 counts from the month's start, -1…-5 from its end. */
export type WeekdayRule = { nth: number | null; weekday: Weekday };

export type RecurrenceRule = {
  freq: Frequency;
  interval: number;
  count?: number;
  /** Inclusive bound on the occurrences' instants (RFC 5545: UTC when DTSTART has a TZID). */
  until?: Temporal.Instant;
  byDay?: WeekdayRule[];
  byMonthDay?: number[];
  byMonth?: number[];
  bySetPos?: number[];
  wkst?: Weekday;
};

const field = 'rrule';
const fail = (message: string) => new RecurrenceError(field, `rrule: ${message}`);
const unsupported = (message: string) => new RecurrenceError(field, `rrule: ${message}`, 'unsupported');

function integers(part: string, value: string, min: number, max: number, zero = false) {
  return value.split(',').map((item) => {
    const number = /^[+-]?\d{1,3}$/.test(item) ? Number(item) : NaN;
    if (!Number.isInteger(number) || number < min || number > max || (!zero && number === 0))
      throw fail(`${part}=${value} must be whole numbers from ${min} to ${max}${zero ? '' : ', not 0'}`);
    return number;
  });
}

function weekday(part: string, value: string): Weekday {
  const found = weekdays.find((day) => day === value);
  if (!found) throw fail(`${part}=${value} is not a weekday (MO, TU, WE, TH, FR, SA, SU)`);
  return found;
}

function until(value: string, timeZone: string) {
  // A date alone is read as the end of that day on the meeting's clock (what a form's "until
  // March 31" means); RFC 5545 wants UTC for a zoned DTSTART, and that is what we write back.
  const day = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const utc = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  try {
    if (day)
      return Temporal.PlainDate.from(`${day[1]}-${day[2]}-${day[3]}`, { overflow: 'reject' })
        .toPlainDateTime('23:59:59')
        .toZonedDateTime(timeZone)
        .toInstant();
    if (utc) return Temporal.Instant.from(`${utc[1]}-${utc[2]}-${utc[3]}T${utc[4]}:${utc[5]}:${utc[6]}Z`);
  } catch {
    // falls through to the message below
  }
  throw fail(`UNTIL=${value} must be a date (20271231) or a UTC date-time (20271231T235959Z)`);
}

/** Parses `FREQ=MONTHLY;BYDAY=2TU` (an `RRULE:` prefix is allowed); throws RecurrenceError. */
export function parseRule(text: string, timeZone: string): RecurrenceRule {
  const body = text
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  const parts = new Map<string, string>();
  for (const piece of body.split(';')) {
    const [name, value, extra] = piece.split('=');
    if (!name || value === undefined || value === '' || extra !== undefined) throw fail(`"${piece}" is not NAME=VALUE`);
    if (parts.has(name)) throw fail(`${name} appears twice`);
    parts.set(name, value);
  }
  const freq = parts.get('FREQ');
  if (!freq) throw fail('FREQ is required (WEEKLY, MONTHLY or YEARLY)');
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY')
    throw unsupported(`FREQ=${freq} is not supported; a meeting repeats WEEKLY, MONTHLY or YEARLY`);
  const rule: RecurrenceRule = { freq, interval: 1 };
  for (const [name, value] of parts) {
    switch (name) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        rule.interval = integers(name, value, 1, 99)[0] ?? 1;
        break;
      case 'COUNT':
        rule.count = integers(name, value, 1, 1000)[0];
        break;
      case 'UNTIL':
        rule.until = until(value, timeZone);
        break;
      case 'BYDAY':
        rule.byDay = value.split(',').map((item) => {
          const match = /^([+-]?[1-5])?([A-Z]{2})$/.exec(item);
          if (!match) throw fail(`BYDAY=${value}: "${item}" is not a weekday like TU, 2TU or -1FR`);
          return { nth: match[1] ? Number(match[1]) : null, weekday: weekday(name, match[2] ?? '') };
        });
        break;
      case 'BYMONTHDAY':
        rule.byMonthDay = integers(name, value, -31, 31);
        break;
      case 'BYMONTH':
        rule.byMonth = integers(name, value, 1, 12);
        break;
      case 'BYSETPOS':
        rule.bySetPos = integers(name, value, -31, 31);
        break;
      case 'WKST':
        rule.wkst = weekday(name, value);
        break;
      default:
        throw unsupported(`${name} is not supported (a meeting's time of day comes from its start)`);
    }
  }
  checkCombination(rule);
  return rule;
}

function checkCombination(rule: RecurrenceRule) {
  if (rule.count !== undefined && rule.until) throw fail('COUNT and UNTIL cannot both be given (RFC 5545)');
  const ordinal = rule.byDay?.some((day) => day.nth !== null) ?? false;
  if (rule.freq === 'WEEKLY') {
    if (ordinal) throw fail('BYDAY in a WEEKLY rule takes plain weekdays (MO,WE), not 2TU');
    if (rule.byMonthDay || rule.byMonth || rule.bySetPos)
      throw unsupported('a WEEKLY rule takes only INTERVAL, BYDAY, WKST, COUNT or UNTIL');
  }
  if (rule.freq === 'MONTHLY' && rule.byMonth) throw unsupported('BYMONTH is not supported in a MONTHLY rule');
  if (rule.freq === 'YEARLY' && rule.bySetPos) throw unsupported('BYSETPOS is not supported in a YEARLY rule');
  if (rule.freq === 'YEARLY' && rule.byDay && (!rule.byMonth || !ordinal))
    throw fail('BYDAY in a YEARLY rule needs BYMONTH and a numbered weekday (BYMONTH=3;BYDAY=2TU)');
  // With BYMONTHDAY, ical.js (Thunderbird) ignores BYSETPOS and shows every listed day.
  if (rule.bySetPos && (!rule.byDay || rule.byMonthDay))
    throw unsupported('BYSETPOS is supported with BYDAY only (BYDAY=TU;BYSETPOS=-1)');
  if (rule.bySetPos && ordinal) throw fail('BYSETPOS goes with plain weekdays (BYDAY=TU;BYSETPOS=-1), not 2TU');
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function formatUntil(until: Temporal.Instant) {
  const utc = until.toZonedDateTimeISO('UTC');
  return `${pad(utc.year, 4)}${pad(utc.month)}${pad(utc.day)}T${pad(utc.hour)}${pad(utc.minute)}${pad(utc.second)}Z`;
}

/** The rule in one canonical spelling (the order parts are written in, UNTIL in UTC). */
export function formatRule(rule: RecurrenceRule) {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byMonth) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.byMonthDay) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map((day) => `${day.nth ?? ''}${day.weekday}`).join(',')}`);
  if (rule.bySetPos) parts.push(`BYSETPOS=${rule.bySetPos.join(',')}`);
  if (rule.wkst) parts.push(`WKST=${rule.wkst}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until) parts.push(`UNTIL=${formatUntil(rule.until)}`);
  return parts.join(';');
}

/** Checks a rule typed or sent by a client and returns its canonical spelling. */
export const normalizeRule = (text: string, timeZone: string) => formatRule(parseRule(text, timeZone));
