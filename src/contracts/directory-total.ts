// How many a directory search found, in words, for the app and the server-rendered page alike. A
// search near a place stops counting past 1,000 once its page is settled: then "1,000+".
// (No zod here: pages import it.)

type Counted = { total: number; totalExact: boolean };

export function professionalsFound({ total, totalExact }: Counted) {
  if (total === 0) return 'No matches';
  if (!totalExact) return `${total.toLocaleString('en-US')}+ professionals`;
  return total === 1 ? '1 professional' : `${total.toLocaleString('en-US')} professionals`;
}

/** Result pages to offer: one more than counted when the count stopped early. */
export const resultPages = ({ total, totalExact }: Counted, pageSize: number) =>
  Math.max(1, Math.ceil(total / pageSize) + (totalExact ? 0 : 1));
