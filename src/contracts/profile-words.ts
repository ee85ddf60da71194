// The profile's plain rules, without zod, so the web's profile screens can use them without the
// schema library in their first load; profile.ts re-exports them for the server.
/**
 * A member's own additions to a list ("Other specialties": "Whiplash, runners"): split on commas,
 * semicolons and line breaks, trimmed, empties dropped, repeats (any case) kept once. The one rule
 * for the form, the API and stored values read back (profiles.mapper.ts), so all three agree.
 */
export function splitOwnItems(value: string | readonly string[]): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const part of (typeof value === 'string' ? [value] : value).flatMap((entry) => entry.split(/[,;\r\n]+/))) {
    const item = part.replace(/\s+/g, ' ').trim();
    const key = item.toLocaleLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}

/** Whole years since the first year in practice (never negative), as the profile shows them. */
export const yearsInPractice = (firstYear: number | null, now = new Date()) =>
  firstYear === null ? null : Math.max(0, now.getUTCFullYear() - firstYear);
