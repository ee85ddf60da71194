// "@Dana Reyes" or "@dana-reyes" in a post names a member of the circle. Only the circle's active
// members can be mentioned (anyone else's name is just text), and a mention tells the member that
// they were named — never what was written.
import type { Cards } from './discussions.mapper.ts';

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The name ends where a letter or digit would not continue it ("@Dana Reyes, thanks" names Dana Reyes).
const named = (body: string, name: string) =>
  name.trim().length > 0 && new RegExp(`@${escape(name.trim())}(?![\\p{L}\\p{N}_-])`, 'iu').test(body);

/** The user ids of the members `body` mentions, by display name or by profile handle (slug). */
export function mentionedIn(body: string, members: Cards): string[] {
  if (!body.includes('@')) return [];
  return [...members].filter(([, card]) => named(body, card.displayName) || named(body, card.slug)).map(([id]) => id);
}
