// Expanding a series into occurrences with rrule-temporal. The rule is expanded on a clock that
// never changes offset (a wall-clock "floating" time pinned to UTC) and each generated local time
// is then placed on the meeting's zone by RFC 5545 §3.8.5.3/§3.3.5 (zone-offsets.ts instantOfWall).
// Why not hand rrule-temporal the TZID: since 2.x it drops an instance whose local time falls in
// a spring-forward gap (the §3.3.10 reading), so a 02:30 meeting would silently vanish once a
// year, while node-ical (reading our feed) and our one-off times (lib/time.ts) move it to 03:30.
// The BY* arithmetic is all in local dates, so expanding on the floating clock changes nothing
// else; UNTIL, an instant, is applied after placing each occurrence on the zone. The placing and
// the ISO text are done on numbers (zone-offsets.ts) because Temporal objects per occurrence
// cost more than the 200 ms budget for 1,000 series × a year (bench/recurrence.ts).
import { RRuleTemporal } from 'rrule-temporal';
import { Temporal } from 'temporal-polyfill';
import { formatLocal, parseLocal, requireTimeZone, toInstant, zonedAt } from './local-time.ts';
import type { InstantInput, LocalDateTime } from './local-time.ts';
import type { MeetingSeries, Occurrence } from './meeting-series.ts';
import { RecurrenceError } from './recurrence-error.ts';
import { formatRule, parseRule } from './recurrence-rule.ts';
import { instantOfWall, isoInZone, localOfWall, wallOfLocal } from './zone-offsets.ts';
import type { RecurrenceRule } from './recurrence-rule.ts';

const floating = (local: Temporal.PlainDateTime) => local.toZonedDateTime('UTC');
const day = 86_400_000;

/** The parsed series: what every expansion needs, computed once per call. */
export function compileSeries(series: MeetingSeries) {
  const timeZone = requireTimeZone(series.timeZone);
  const start = parseLocal(series.start, 'start');
  if (!Number.isInteger(series.durationMinutes) || series.durationMinutes < 1 || series.durationMinutes > 1440)
    throw new RecurrenceError('durationMinutes', 'durationMinutes must be a whole number of minutes from 1 to 1440');
  const rule: RecurrenceRule | null = series.rrule ? parseRule(series.rrule, timeZone) : null;
  const generator = rule
    ? new RRuleTemporal({
        rruleString: formatRule({ ...rule, until: undefined }),
        dtstart: floating(start),
      })
    : null;
  const until = rule?.until?.epochNanoseconds;
  const excluded = new Set(series.exdates);
  const overrides = new Map(series.overrides.map((override) => [override.recurrenceId, override]));
  for (const override of series.overrides) if (override.start) parseLocal(override.start, 'overrides.start');

  /** Local starts the rule makes between two wall-clock times (inclusive), before EXDATE. */
  function generated(from: Temporal.PlainDateTime, to: Temporal.PlainDateTime): Temporal.PlainDateTime[] {
    if (!generator)
      return Temporal.PlainDateTime.compare(start, from) >= 0 && Temporal.PlainDateTime.compare(start, to) <= 0
        ? [start]
        : [];
    // Read back through our own Temporal: rrule-temporal answers in its bundled implementation.
    return generator
      .between(floating(from), floating(to), true)
      .map((hit) => Temporal.PlainDateTime.from(localOfWall(hit.epochMilliseconds)));
  }

  const untilMs = rule?.until?.epochMilliseconds;
  const startWall = wallOfLocal(formatLocal(start));

  /** Whether `recurrenceId` is an occurrence of the series (EXDATEs and UNTIL applied). */
  function isOccurrence(recurrenceId: LocalDateTime) {
    const local = parseLocal(recurrenceId, 'recurrenceId');
    if (excluded.has(formatLocal(local))) return false;
    if (until !== undefined && zonedAt(local, timeZone).epochNanoseconds > until) return false;
    return generated(local, local).length === 1;
  }

  /** Wall-clock starts (as epoch ms on a UTC clock) the rule makes between two such times. */
  function generatedWalls(fromWall: number, toWall: number): number[] {
    if (!generator) return startWall >= fromWall && startWall <= toWall ? [startWall] : [];
    return generator.between(new Date(fromWall), new Date(toWall), true).map((hit) => hit.epochMilliseconds);
  }

  function occurrence(wall: number, recurrenceId: string) {
    const override = overrides.get(recurrenceId);
    const at = instantOfWall(timeZone, override?.start ? wallOfLocal(override.start) : wall);
    const end = at + (override?.durationMinutes ?? series.durationMinutes) * 60_000;
    const item: Occurrence = {
      recurrenceId,
      start: isoInZone(timeZone, at),
      end: isoInZone(timeZone, end),
      status: override?.status ?? 'scheduled',
    };
    if (override?.place) item.place = override.place;
    return { at, item };
  }

  /** Occurrences starting in [from, to), in order, with overrides applied. */
  function between(from: Temporal.Instant, to: Temporal.Instant): Occurrence[] {
    const fromMs = from.epochMilliseconds;
    const toMs = to.epochMilliseconds;
    // A day either side covers any offset and any gap shift; exact bounds are applied below.
    const walls = generatedWalls(fromMs - day, toMs + day).map((wall) => ({ wall, id: localOfWall(wall) }));
    // A moved occurrence counts where it now is, even if the rule put it outside the window.
    const movers = series.overrides.filter((override) => override.start);
    const seen = new Set(movers.length ? walls.map((item) => item.id) : []);
    for (const override of movers)
      if (!seen.has(override.recurrenceId) && isOccurrence(override.recurrenceId))
        walls.push({ wall: wallOfLocal(override.recurrenceId), id: override.recurrenceId });
    const found: { at: number; item: Occurrence }[] = [];
    for (const { wall, id } of walls) {
      if (excluded.has(id)) continue;
      if (untilMs !== undefined && instantOfWall(timeZone, wall) > untilMs) continue;
      const hit = occurrence(wall, id);
      if (hit.at >= fromMs && hit.at < toMs) found.push(hit);
    }
    return found
      .sort((a, b) => a.at - b.at || a.item.recurrenceId.localeCompare(b.item.recurrenceId))
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

/**
 * An occurrence on a viewer's clock: the same instants with the viewer's offset, for "shown in
 * each viewer's time zone" (the occurrence itself keeps the meeting's own offset).
 */
export function inViewerZone(occurrence: Pick<Occurrence, 'start' | 'end'>, timeZone: string) {
  const zone = requireTimeZone(timeZone);
  // Date.parse of an ISO text with an offset is the same instant in any process zone.
  return { start: isoInZone(zone, Date.parse(occurrence.start)), end: isoInZone(zone, Date.parse(occurrence.end)) };
}
