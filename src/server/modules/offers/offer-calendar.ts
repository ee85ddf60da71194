// Offers run by calendar day (YYYY-MM-DD) while members and recipients live in many time zones.
// A day counts as begun once it has begun anywhere (UTC+14) and as running until it has ended
// everywhere (UTC−12, "anywhere on Earth"), so nobody is refused on what is, for them, a valid day.
const dayAt = (offsetHours: number, now: Date) =>
  new Date(now.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);

/** A certificate whose validUntil is before this day has expired everywhere. */
export const lastRunningDay = (now = new Date()) => dayAt(-12, now);

/** A certificate whose validFrom is after this day has not begun anywhere yet. */
export const latestBegunDay = (now = new Date()) => dayAt(14, now);

/** "March 31, 2026", for print and pages. */
export const longDate = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
