// The "Repeats" choices as the form offers them for a start date ("Monthly on the second Tuesday",
// "Monthly on the last Friday"), and the RepeatForm each one is sent as. The weekday, day and
// month come from the start, as in every calendar app; only plain date arithmetic here.
import type { RepeatEnd, RepeatForm, ShortMonth } from '../../../contracts/meeting-repeat.ts';

export type RepeatChoice =
  'none' | 'weekly' | 'monthly-by-date' | 'monthly-nth' | 'monthly-last' | 'quarterly' | 'yearly';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const nth = (day: number) => {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
};

/** What the start date says: weekday, day, which of its weekday in the month, whether the last. */
export function startFacts(start: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(start);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    weekday: weekdays[date.getUTCDay()]!,
    day,
    month: months[month - 1]!,
    week: Math.ceil(day / 7) as 1 | 2 | 3 | 4 | 5,
    isLast: day + 7 > daysInMonth,
  };
}

/** The choices for this start, worded with its weekday and day. */
export function repeatChoices(start: string): { value: RepeatChoice; label: string }[] {
  const facts = startFacts(start);
  if (!facts) return [{ value: 'none', label: 'Does not repeat' }];
  const { weekday, day, month, week, isLast } = facts;
  return [
    { value: 'none', label: 'Does not repeat' },
    { value: 'weekly', label: `Weekly on ${weekday}` },
    { value: 'monthly-by-date', label: `Monthly on the ${nth(day)}` },
    { value: 'monthly-nth', label: `Monthly on the ${ordinals[week - 1]} ${weekday}` },
    ...(isLast ? [{ value: 'monthly-last' as const, label: `Monthly on the last ${weekday}` }] : []),
    { value: 'quarterly', label: `Every 3 months on the ${nth(day)}` },
    { value: 'yearly', label: `Every year on ${month} ${day}` },
  ];
}

export type RepeatValues = {
  repeat: RepeatChoice;
  everyWeeks: string;
  fifthWeekday: ShortMonth | '';
  endKind: RepeatEnd['kind'];
  count: string;
  until: string;
};

export const repeatValues: RepeatValues = {
  repeat: 'none',
  everyWeeks: '1',
  fifthWeekday: '',
  endKind: 'never',
  count: '10',
  until: '',
};

const endOf = (values: RepeatValues): RepeatEnd =>
  values.endKind === 'count'
    ? { kind: 'count', count: Number(values.count) }
    : values.endKind === 'until'
      ? { kind: 'until', date: values.until }
      : { kind: 'never' };

/** The API's repeat choices for the form's values and start. */
export function repeatForm(values: RepeatValues, start: string): RepeatForm {
  const end = endOf(values);
  switch (values.repeat) {
    case 'none':
      return { repeat: 'none' };
    case 'weekly':
      return { repeat: 'weekly', everyWeeks: Number(values.everyWeeks), end };
    case 'monthly-by-date':
      return { repeat: 'monthly-by-date', end };
    case 'monthly-nth': {
      const week = startFacts(start)?.week ?? 1;
      return {
        repeat: 'monthly-by-weekday',
        week,
        ...(week === 5 && values.fifthWeekday ? { fifthWeekday: values.fifthWeekday } : {}),
        end,
      };
    }
    case 'monthly-last':
      return { repeat: 'monthly-by-weekday', week: -1, end };
    case 'quarterly':
      return { repeat: 'quarterly', end };
    case 'yearly':
      return { repeat: 'yearly', end };
  }
}

/** The server's field path → the form's field ('repeat.end.count' → 'count'). */
export const meetingFieldOf = (path: string) =>
  ({
    'repeat.everyWeeks': 'everyWeeks',
    'repeat.end.count': 'count',
    'repeat.end.date': 'until',
    'repeat.fifthWeekday': 'fifthWeekday',
    'repeat.shortMonth': 'repeat',
    'place.address': 'address',
    'place.url': 'url',
    place: 'placeKind',
  })[path] ?? path;
