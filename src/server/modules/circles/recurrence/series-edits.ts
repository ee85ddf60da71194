// Changing a series: one occurrence (cancel, move, another place), "this and following" (split
// into two series, as RFC 5546 clients do: the old one ends with UNTIL, a new one starts at the
// chosen occurrence), or all of it (the rule, time, length or zone of every occurrence).
import { compileSeries } from './expand.ts';
import { formatLocal, parseLocal, zonedAt } from './local-time.ts';
import type { LocalDateTime } from './local-time.ts';
import type { MeetingSeries, OccurrenceOverride } from './meeting-series.ts';
import { RecurrenceError } from './recurrence-error.ts';
import { formatRule, normalizeRule } from './recurrence-rule.ts';

function requireOccurrence(series: MeetingSeries, recurrenceId: LocalDateTime) {
  const local = formatLocal(parseLocal(recurrenceId, 'recurrenceId'));
  if (!compileSeries(series).isOccurrence(local))
    throw new RecurrenceError(
      'recurrenceId',
      `recurrenceId ${recurrenceId} is not an occurrence of this meeting`,
      'not-an-occurrence',
    );
  return local;
}

/** The series with one occurrence cancelled or moved (replacing an earlier change to it). */
export function withOverride(series: MeetingSeries, override: OccurrenceOverride): MeetingSeries {
  const recurrenceId = requireOccurrence(series, override.recurrenceId);
  if (override.start) parseLocal(override.start, 'start');
  const others = series.overrides.filter((existing) => existing.recurrenceId !== recurrenceId);
  return { ...series, overrides: [...others, { ...override, recurrenceId }].sort(byRecurrenceId) };
}

/** The series with one occurrence back as the rule makes it. */
export const withoutOverride = (series: MeetingSeries, recurrenceId: LocalDateTime): MeetingSeries => ({
  ...series,
  overrides: series.overrides.filter((existing) => existing.recurrenceId !== recurrenceId),
});

const byRecurrenceId = (a: { recurrenceId: string }, b: { recurrenceId: string }) =>
  a.recurrenceId.localeCompare(b.recurrenceId);

/**
 * "This and following": `before` keeps the occurrences before `recurrenceId` (UNTIL one second
 * before it; a COUNT becomes that UNTIL), `after` starts at it with the same rule (a COUNT reduced
 * by the occurrences already had). EXDATEs and overrides go with their side. At the very first
 * occurrence there is no `before`: the change is to the whole series.
 */
export function splitAt(
  series: MeetingSeries,
  recurrenceId: LocalDateTime,
): { before: MeetingSeries | null; after: MeetingSeries } {
  const id = requireOccurrence(series, recurrenceId);
  const compiled = compileSeries(series);
  if (!compiled.rule || id === formatLocal(compiled.start)) return { before: null, after: series };
  const local = parseLocal(id, 'recurrenceId');
  // Lexical order of 'YYYY-MM-DDTHH:mm' is time order.
  const isBefore = (other: string) => other < id;
  const had = compiled.generated(compiled.start, local.subtract({ minutes: 1 })).length;
  const until = zonedAt(local, compiled.timeZone).toInstant().subtract({ seconds: 1 });
  const before: MeetingSeries = {
    ...series,
    rrule: formatRule({ ...compiled.rule, count: undefined, until }),
    exdates: series.exdates.filter(isBefore),
    overrides: series.overrides.filter((override) => isBefore(override.recurrenceId)),
  };
  const after: MeetingSeries = {
    ...series,
    start: id,
    rrule: formatRule({
      ...compiled.rule,
      count: compiled.rule.count === undefined ? undefined : compiled.rule.count - had,
    }),
    exdates: series.exdates.filter((exdate) => !isBefore(exdate)),
    overrides: series.overrides.filter((override) => !isBefore(override.recurrenceId)),
  };
  return { before, after };
}

export type SeriesChanges = Partial<Pick<MeetingSeries, 'start' | 'timeZone' | 'durationMinutes' | 'rrule'>>;

/**
 * Every occurrence changed. Each EXDATE and override keeps its date and takes the new time of day
 * (a 12:00 meeting moved to 13:30 keeps March's cancellation, now at 13:30); those whose date is
 * no longer an occurrence of the new rule are dropped and returned, so the caller can say so.
 */
export function editSeries(series: MeetingSeries, changes: SeriesChanges) {
  const merged: MeetingSeries = { ...series, ...changes };
  const next = { ...merged, rrule: merged.rrule ? normalizeRule(merged.rrule, merged.timeZone) : null };
  const time = parseLocal(next.start, 'start').toPlainTime();
  const moved = (id: string) => formatLocal(parseLocal(id, 'recurrenceId').withPlainTime(time));
  const bare = compileSeries({ ...next, exdates: [], overrides: [] });
  const dropped: LocalDateTime[] = [];
  const keep = (id: string) => (bare.isOccurrence(id) ? true : (dropped.push(id), false));
  const exdates = series.exdates.map(moved).filter(keep);
  const overrides = series.overrides
    .map((override) => ({ ...override, recurrenceId: moved(override.recurrenceId) }))
    .filter((override) => keep(override.recurrenceId));
  return { series: { ...next, exdates, overrides }, dropped };
}
