// Calendar days as YYYY-MM-DD strings. A follow-up is a day, not an instant; "today" is the
// caller's day when they say it, else the day on the member's clock (lib/time.ts), UTC when unknown.
export { addDays, calendarDay } from '../../lib/time.ts';

/** How far ahead "upcoming" follow-ups reach. */
export const upcomingDays = 7;
