// Month keys (YYYY-MM) in words: "Mar", with the year where a reader needs it ("Jan 2027").
const short = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });
const long = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const dateOf = (month: string) => new Date(`${month}-01T00:00:00Z`);

export function monthLabel(month: string, withYear: boolean): string {
  const date = dateOf(month);
  if (Number.isNaN(date.getTime())) return month;
  const name = short.format(date);
  return withYear || date.getUTCMonth() === 0 ? `${name} ’${String(date.getUTCFullYear()).slice(2)}` : name;
}

export function monthName(month: string): string {
  const date = dateOf(month);
  return Number.isNaN(date.getTime()) ? month : long.format(date);
}
