// Days and times as the web shows them, in one place. Days are calendar dates (YYYY-MM-DD, no time
// zone: validity dates, follow-ups, away periods); moments are instants, shown in local time.
const dayFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const longDayFormat = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const momentFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

const dayAsDate = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00Z`);

/** "Jun 2, 2026" */
export function formatDay(day: string): string {
  const date = dayAsDate(day);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

/** "June 2, 2026" */
export function formatLongDay(day: string): string {
  const date = dayAsDate(day);
  return Number.isNaN(date.getTime()) ? day : longDayFormat.format(date);
}

/** "Jun 2, 2026, 3:05 PM" in the member's own time. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : momentFormat.format(date);
}

const localDay = (date: Date) =>
  [date.getFullYear(), String(date.getMonth() + 1).padStart(2, '0'), String(date.getDate()).padStart(2, '0')].join('-');

/** Today (or `plusDays` from it) in the member's own time zone, as YYYY-MM-DD. */
export function today(plusDays = 0): string {
  const now = new Date();
  now.setDate(now.getDate() + plusDays);
  return localDay(now);
}

/** The calendar day of a moment (an ISO date-time) in the member's own time zone, as YYYY-MM-DD. */
export function dayOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso.slice(0, 10) : localDay(date);
}
