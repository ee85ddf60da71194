// Calendar days as 'YYYY-MM-DD' in a named IANA zone (null or unknown means UTC). Shared by the
// server and the web; Intl knows every zone's rules, so nothing here hard-codes an offset.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Whether `zone` is an IANA time zone this runtime knows ('Europe/Paris'; also 'UTC'). */
export function isTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** The calendar day at `at` on a clock in `zone` (UTC when the zone is not set). */
export function calendarDay(zone: string | null = null, at: Date = new Date()) {
  const name = zone && isTimeZone(zone) ? zone : 'UTC';
  let format = dayFormats.get(name);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone: name, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(name, format);
  }
  return format.format(at);
}
