// Meeting times as the member sees them: every occurrence on the viewer's own clock, with the
// meeting's own time and zone beside it when that clock reads differently (a call across zones).
// Plain Intl: the recurrence engine stays on the server.

/** The viewer's IANA zone ('America/Denver'). */
export const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const formats = new Map<string, Intl.DateTimeFormat>();
function formatIn(zone: string | undefined, withDay: boolean) {
  const key = `${zone ?? ''}|${withDay}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      ...(withDay ? { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' } : {}),
      hour: 'numeric',
      minute: '2-digit',
      ...(zone ? { timeZone: zone } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * "Tue, Mar 9, 2027, 12:00 PM" on the viewer's clock, and, when the meeting's own clock reads
 * otherwise, "11:00 AM Tue, Mar 9 in America/Boise" (its time in its zone).
 */
export function occurrenceTime(iso: string, meetingZone: string) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { when: iso, theirs: null };
  const when = formatIn(undefined, true).format(date);
  let theirs: string | null = null;
  try {
    const there = formatIn(meetingZone, true).format(date);
    if (there !== when) theirs = `${there} in ${meetingZone}`;
  } catch {
    theirs = null;
  }
  return { when, theirs };
}

/** "90 min", "1 h", "1 h 30 min". */
export function lengthOf(minutes: number) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Every IANA zone the browser knows, with the viewer's own first. */
export function timeZones(): string[] {
  const own = viewerZone();
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [own, ...all.filter((zone) => zone !== own)];
}
