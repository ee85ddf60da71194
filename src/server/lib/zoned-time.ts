// Wall-clock times in a named IANA zone, for server-rendered pages that work without JavaScript
// (the browser cannot convert a datetime-local field there). Intl knows every zone's rules, so
// this only turns its answers around; nothing here hard-codes an offset.
const partsFormat = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string) {
  let format = partsFormat.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    partsFormat.set(zone, format);
  }
  return format;
}

export function isTimeZone(zone: string) {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** How far the zone's wall clock is ahead of UTC at this instant, in ms. */
function offsetAt(instant: number, zone: string) {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - (instant - (instant % 1000));
}

/**
 * '2026-12-10T15:30' read on a clock in `zone` → the instant. A time skipped by a daylight-saving
 * change lands an hour later, as clocks do; a repeated one takes the first.
 */
export function zonedToUtc(local: string, zone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = match.slice(1).map((part) => Number(part ?? 0));
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = wall - offsetAt(wall, zone);
  const second = wall - offsetAt(first, zone);
  const valid = [first, second].filter((instant) => instant + offsetAt(instant, zone) === wall);
  return new Date(valid.length > 0 ? Math.min(...valid) : Math.max(first, second));
}

/** "Dec 10, 2026, 3:30 PM MST" — the zone is always named. */
export function formatInZone(iso: string | Date, zone: string) {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) + ` ${zoneAbbreviation(iso, zone)}`;
}

function zoneAbbreviation(iso: string | Date, zone: string) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(iso)).find((part) => part.type === 'timeZoneName')?.value;
  return name ?? zone;
}
