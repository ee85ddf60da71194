// Wall-clock times of a meeting: what the organiser typed ('2027-03-09T12:00') read on the
// meeting's own IANA zone. Everything here goes through Temporal (temporal-polyfill), never
// `new Date()` local-time arithmetic, so the answer does not depend on the server's own zone.
import { Temporal } from 'temporal-polyfill';
import { isTimeZone } from '../../../../contracts/time.ts';
import { RecurrenceError } from './recurrence-error.ts';

/** 'YYYY-MM-DDTHH:mm' on the meeting's clock; also the form of every RECURRENCE-ID we keep. */
export type LocalDateTime = string;

const localPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** The wall-clock time, or a RecurrenceError naming `field`. */
export function parseLocal(local: string, field: string): Temporal.PlainDateTime {
  if (!localPattern.test(local))
    throw new RecurrenceError(field, `${field} must be a local time like 2027-03-09T12:00`);
  try {
    return Temporal.PlainDateTime.from(local, { overflow: 'reject' });
  } catch {
    throw new RecurrenceError(field, `${field} is not a real date and time: ${local}`);
  }
}

// Checking a zone builds an Intl.DateTimeFormat (~0.1 ms); expansion asks once per series.
const knownZones = new Set<string>();

export function requireTimeZone(timeZone: string) {
  if (knownZones.has(timeZone)) return timeZone;
  if (!isTimeZone(timeZone))
    throw new RecurrenceError('timeZone', `timeZone must be an IANA zone such as America/Boise`);
  knownZones.add(timeZone);
  return timeZone;
}

/** 'YYYY-MM-DDTHH:mm' of a plain date-time (seconds are never part of a meeting's time). */
export const formatLocal = (local: Temporal.PlainDateTime) => local.toString({ smallestUnit: 'minute' });

/**
 * The instant of a wall-clock time in `timeZone`, as RFC 5545 §3.3.5 reads an explicit
 * DATE-TIME with a TZID (and §3.8.5.3 says a generated instance is read the same way): a time
 * repeated when clocks fall back is the first of the two; a time skipped when they spring
 * forward uses the offset before the gap (02:30 → 03:30 daylight time). Temporal's
 * 'compatible' disambiguation is exactly that rule.
 */
export const zonedAt = (local: Temporal.PlainDateTime, timeZone: string) =>
  local.toZonedDateTime(timeZone, { disambiguation: 'compatible' });

/** An instant given as an ISO string with offset/Z, a Date, or a Temporal.Instant. */
export type InstantInput = string | Date | Temporal.Instant;

export function toInstant(input: InstantInput, field: string): Temporal.Instant {
  if (input instanceof Temporal.Instant) return input;
  if (input instanceof Date) return Temporal.Instant.fromEpochMilliseconds(input.getTime());
  try {
    return Temporal.Instant.from(input);
  } catch {
    throw new RecurrenceError(
      field,
      `${field} must be an ISO 8601 instant with an offset, e.g. 2027-03-09T12:00:00-07:00`,
    );
  }
}
