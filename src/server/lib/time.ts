// Zone-aware days and times for the server, through the Temporal API (temporal-polyfill until
// Node ships it). A member's zone comes from their profile; null reads as UTC. Store UTC, decide
// "which day" and "which hour" on the member's clock.
import { Temporal } from 'temporal-polyfill';
import { calendarDay, isTimeZone } from '../../contracts/time.ts';

export { calendarDay, isTimeZone };

const zoneOrUtc = (zone: string | null) => (zone && isTimeZone(zone) ? zone : 'UTC');

/** The instant on a clock in `zone`. */
export function zonedAt(zone: string | null, at: Date = new Date()) {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(zoneOrUtc(zone));
}

/** 'YYYY-MM-DD' moved by whole calendar days. */
export function addDays(day: string, days: number) {
  return Temporal.PlainDate.from(day).add({ days }).toString();
}

/** Whole calendar days from one 'YYYY-MM-DD' to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string) {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days;
}

/**
 * '2026-12-10T15:30' read on a clock in `zone` → the instant. A time skipped by a daylight-saving
 * change lands an hour later, as clocks do; a repeated one takes the first ('compatible').
 */
export function zonedToUtc(local: string, zone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(local)) return null;
  const zoned = Temporal.PlainDateTime.from(local).toZonedDateTime(zoneOrUtc(zone), { disambiguation: 'compatible' });
  return new Date(zoned.epochMilliseconds);
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (a page of 140 dates
// spent most of its time here), so each zone's pair is built once.
const formatters = new Map<string, { text: Intl.DateTimeFormat; name: Intl.DateTimeFormat }>();
function formattersOf(zone: string) {
  let found = formatters.get(zone);
  if (!found) {
    found = {
      text: new Intl.DateTimeFormat('en-US', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }),
      name: new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }),
    };
    formatters.set(zone, found);
  }
  return found;
}

/** "Dec 10, 2026, 3:30 PM MST" — the zone is always named. */
export function formatInZone(iso: string | Date, zone: string) {
  const at = new Date(iso);
  const { text, name } = formattersOf(zone);
  const zoneName = name.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  return `${text.format(at)} ${zoneName ?? zone}`;
}

/** Every IANA zone name this runtime knows, for validation and the profile form. */
export const timeZoneNames = () => ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
