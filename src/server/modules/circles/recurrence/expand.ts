// Expanding a series into occurrences with rrule-temporal. The rule is expanded on a clock that
// never changes offset (a wall-clock "floating" time pinned to UTC) and each generated local time
// is then placed on the meeting's zone by RFC 5545 §3.8.5.3/§3.3.5 (see local-time.ts zonedAt).
// Why not hand rrule-temporal the TZID: since 2.x it drops an instance whose local time falls in
// a spring-forward gap (the §3.3.10 reading), so a 02:30 meeting would silently vanish once a
// year, while calendar clients (node-ical, libical) and our one-off times move it to 03:30.
// The BY* arithmetic is all in local dates, so expanding on the floating clock changes nothing
// else; UNTIL, an instant, is applied after placing each occurrence on the zone.
import { RRuleTemporal } from 'rrule-temporal';
import { Temporal } from 'temporal-polyfill';
import { formatLocal, isoWithOffset, parseLocal, requireTimeZone, toInstant, zonedAt } from './local-time.ts';
import type { InstantInput, LocalDateTime } from './local-time.ts';
import type { MeetingSeries, Occurrence } from './meeting-series.ts';
import { formatRule, parseRule } from './recurrence-rule.ts';
import type { RecurrenceRule } from './recurrence-rule.ts';

const floating = (local: Temporal.PlainDateTime) => local.toZonedDateTime('UTC');

/** The parsed series: what every expansion needs, computed once per call. */
export function compileSeries(series: MeetingSeries) {
  const timeZone = requireTimeZone(series.timeZone);
  const start = parseLocal(series.start, 'start');
  const rule: RecurrenceRule | null = series.rrule ? parseRule(series.rrule, timeZone) : null;
  const generator = rule
    ? new RRuleTemporal({
        rruleString: formatRule({ ...rule, until: undefined }),
        dtstart: floating(start),
        temporal: Temporal,
      })
    : null;
  const until = rule?.until?.epochNanoseconds;
  const excluded = new Set(series.exdates);
  const overrides = new Map(series.overrides.map((override) => [override.recurrenceId, override]));

  /** Local starts the rule makes between two wall-clock times (inclusive), before EXDATE. */
  function generated(from: Temporal.PlainDateTime, to: Temporal.PlainDateTime): Temporal.PlainDateTime[] {
    if (!generator)
      return Temporal.PlainDateTime.compare(start, from) >= 0 && Temporal.PlainDateTime.compare(start, to) <= 0
        ? [start]
        : [];
    return generator.between(floating(from), floating(to), true).map((hit) => hit.toPlainDateTime());
  }

  /** Whether `recurrenceId` is an occurrence of the series (EXDATEs and UNTIL applied). */
  function isOccurrence(recurrenceId: LocalDateTime) {
    const local = parseLocal(recurrenceId, 'recurrenceId');
    if (excluded.has(formatLocal(local))) return false;
    if (until !== undefined && zonedAt(local, timeZone).epochNanoseconds > until) return false;
    return generated(local, local).length === 1;
  }

  function occurrence(local: Temporal.PlainDateTime): { at: Temporal.ZonedDateTime; item: Occurrence } {
    const recurrenceId = formatLocal(local);
    const override = overrides.get(recurrenceId);
    const at = zonedAt(override?.start ? parseLocal(override.start, 'overrides.start') : local, timeZone);
    const end = at.add({ minutes: override?.durationMinutes ?? series.durationMinutes });
    const item: Occurrence = {
      recurrenceId,
      start: isoWithOffset(at),
      end: isoWithOffset(end),
      status: override?.status ?? 'scheduled',
    };
    if (override?.place) item.place = override.place;
    return { at, item };
  }

  /** Occurrences starting in [from, to), in order, with overrides applied. */
  function between(from: Temporal.Instant, to: Temporal.Instant): Occurrence[] {
    // A day either side covers any offset and any gap shift; exact bounds are applied below.
    const wallFrom = from.toZonedDateTimeISO(timeZone).toPlainDateTime().subtract({ days: 1 });
    const wallTo = to.toZonedDateTimeISO(timeZone).toPlainDateTime().add({ days: 1 });
    const locals = generated(wallFrom, wallTo);
    const seen = new Set(locals.map(formatLocal));
    // A moved occurrence counts where it now is, even if the rule put it outside the window.
    for (const override of overrides.values())
      if (override.start && !seen.has(override.recurrenceId) && isOccurrence(override.recurrenceId))
        locals.push(parseLocal(override.recurrenceId, 'overrides.recurrenceId'));
    const found: { at: Temporal.ZonedDateTime; item: Occurrence }[] = [];
    for (const local of locals) {
      if (excluded.has(formatLocal(local))) continue;
      if (until !== undefined && zonedAt(local, timeZone).epochNanoseconds > until) continue;
      const hit = occurrence(local);
      const instant = hit.at.epochNanoseconds;
      if (instant >= from.epochNanoseconds && instant < to.epochNanoseconds) found.push(hit);
    }
    return found
      .sort(
        (a, b) => Temporal.ZonedDateTime.compare(a.at, b.at) || a.item.recurrenceId.localeCompare(b.item.recurrenceId),
      )
      .map((hit) => hit.item);
  }

  return { timeZone, start, rule, until, between, isOccurrence, generated };
}

/** Occurrences of `series` starting in [from, to): the GET …/occurrences answer. */
export function expand(series: MeetingSeries, range: { from: InstantInput; to: InstantInput }): Occurrence[] {
  return compileSeries(series).between(toInstant(range.from, 'from'), toInstant(range.to, 'to'));
}

/** Whether `recurrenceId` names an occurrence of the series (to check an override before saving). */
export const isOccurrence = (series: MeetingSeries, recurrenceId: LocalDateTime) =>
  compileSeries(series).isOccurrence(recurrenceId);

/**
 * The next `count` occurrences starting at or after `now` (cancelled ones included, marked): the
 * dates the form shows before saving. Looks a year ahead, then further for sparse rules.
 */
export function nextDates(series: MeetingSeries, count: number, now: InstantInput): Occurrence[] {
  const compiled = compileSeries(series);
  const from = toInstant(now, 'now');
  for (const years of [1, 4, 16, 100]) {
    const to = from.toZonedDateTimeISO('UTC').add({ years }).toInstant();
    const found = compiled.between(from, to);
    if (found.length >= count || years === 100) return found.slice(0, count);
  }
  return [];
}
