// The board's days: a post is up through its last day (expiresOn) wherever anyone reads it, so it
// comes down once that day is over on the latest clock on earth (UTC−12). Saved-search digests go
// once per UTC day.
import { addDays, calendarDay } from '../../lib/time.ts';

/** The earliest calendar day any clock shows at `now`: a post whose last day is before it is over everywhere. */
export const boardToday = (now = new Date()) => calendarDay('Etc/GMT+12', now);

/** The latest day a new post may run to: a year from today. */
export const latestExpiry = (now = new Date()) => addDays(calendarDay(null, now), 366);
