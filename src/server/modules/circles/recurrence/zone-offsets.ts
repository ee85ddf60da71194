// A zone's UTC offsets as plain numbers, for the hot path of expansion: 1,000 series × a year is
// ~17,000 occurrences, and placing each through temporal-polyfill's ZonedDateTime costs more
// than the whole 200 ms budget on this machine. The offsets come from Temporal itself (its
// transitions, cached per zone and year), so this adds no zone data of its own; the arithmetic
// below is RFC 5545 §3.3.5 on epoch milliseconds, checked against Temporal's 'compatible'
// disambiguation for every half hour of two years in zone-offsets.test.ts. Calendar fields come
// from day counts (civil), not from Date, so nothing here can read the process's own zone.
import { Temporal } from 'temporal-polyfill';

type YearTable = { start: number; changes: { at: number; offset: number }[] };
const tables = new Map<string, Map<number, YearTable>>();
const day = 86_400_000;

function yearTable(timeZone: string, year: number): YearTable {
  let years = tables.get(timeZone);
  if (!years) tables.set(timeZone, (years = new Map<number, YearTable>()));
  const cached = years.get(year);
  if (cached) return cached;
  const end = Date.UTC(year + 1, 0, 1);
  let cursor: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(
    Date.UTC(year, 0, 1),
  ).toZonedDateTimeISO(timeZone);
  const table: YearTable = { start: cursor.offsetNanoseconds / 1e6, changes: [] };
  while ((cursor = cursor.getTimeZoneTransition('next')) && cursor.epochMilliseconds < end)
    table.changes.push({ at: cursor.epochMilliseconds, offset: cursor.offsetNanoseconds / 1e6 });
  years.set(year, table);
  return table;
}

/** [year, month, day] of a UTC epoch ms, by day count (H. Hinnant's days-to-civil). */
function civil(epochMs: number): [number, number, number] {
  const days = Math.floor(epochMs / day) + 719_468;
  const era = Math.floor(days / 146_097);
  const dayOfEra = days - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1];
}

/** The zone's offset from UTC, in milliseconds, at an instant. */
export function offsetAt(timeZone: string, epochMs: number) {
  const table = yearTable(timeZone, civil(epochMs)[0]);
  let offset = table.start;
  for (const change of table.changes) if (change.at <= epochMs) offset = change.offset;
  return offset;
}

/**
 * The instant of a wall-clock time (given as the epoch ms that time would be in UTC): a repeated
 * time is the first of the two, a skipped one uses the offset before the gap (RFC 5545 §3.3.5).
 */
export function instantOfWall(timeZone: string, wallMs: number) {
  const before = offsetAt(timeZone, wallMs - day);
  const after = offsetAt(timeZone, wallMs + day);
  if (before === after) return wallMs - before;
  // The larger offset gives the earlier instant, so trying it first picks the first of two.
  for (const offset of [Math.max(before, after), Math.min(before, after)])
    if (offsetAt(timeZone, wallMs - offset) === offset) return wallMs - offset;
  return wallMs - before;
}

const two = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/** 'YYYY-MM-DDTHH:mm:ss' of epoch ms read on a UTC clock (years 1000–9999, which meetings are). */
function utcText(epochMs: number) {
  const [year, month, date] = civil(epochMs);
  const seconds = Math.floor((epochMs - Math.floor(epochMs / day) * day) / 1000);
  const time = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  return `${year}-${two(month)}-${two(date)}T${time}`;
}

/** ISO 8601 with the zone's offset at that instant: 2027-03-09T12:00:00-07:00. */
export function isoInZone(timeZone: string, epochMs: number) {
  const offset = offsetAt(timeZone, epochMs);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${utcText(epochMs + offset)}${sign}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** 'YYYY-MM-DDTHH:mm' of a wall-clock time given as epoch ms in UTC. */
export const localOfWall = (wallMs: number) => utcText(wallMs).slice(0, 16);

/** The wall-clock epoch ms of 'YYYY-MM-DDTHH:mm' (already validated by parseLocal). */
export const wallOfLocal = (local: string) => Date.parse(`${local}:00Z`);
