// The contacts screens' own day words (the weekday for nearby follow-ups); the rest is components/dates.ts.
import { today } from '../../components/dates.ts';

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const dayWithYear = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const momentFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });

export { today };

export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return (day.slice(0, 4) === today().slice(0, 4) ? dayFormat : dayWithYear).format(date);
}

export const formatMoment = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : momentFormat.format(date);
};

export type Due = 'overdue' | 'today' | 'later';
export const dueOf = (day: string): Due => {
  const now = today();
  return day < now ? 'overdue' : day === now ? 'today' : 'later';
};

/** A date input's day at noon local time, as an instant with its offset (what the API takes). */
export function noonOf(day: string): string {
  const date = new Date(`${day}T12:00:00`);
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${day}T12:00:00${sign}${hours}:${minutes}`;
}
