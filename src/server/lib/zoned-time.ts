// Kept for its callers: wall-clock times in a named zone now live in lib/time.ts.
export { formatInZone, isTimeZone, zonedToUtc } from './time.ts';
