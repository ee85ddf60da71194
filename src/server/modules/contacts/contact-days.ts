// Calendar days as YYYY-MM-DD strings. A follow-up is a day, not an instant; "today" is the
// caller's day when they say it, else the UTC day.
export const utcDay = (at: Date = new Date()) => at.toISOString().slice(0, 10);

export function addDays(day: string, days: number) {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return utcDay(at);
}

/** How far ahead "upcoming" follow-ups reach. */
export const upcomingDays = 7;
