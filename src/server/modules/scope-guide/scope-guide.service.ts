// The scope-of-practice helper. Its content is reviewed data (./data/*.json), not code: it is read
// and validated once when the app starts, so a malformed edit stops the server with a message that
// names the file and entry instead of surfacing later as a half-empty guide.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  glossaryTermSchema,
  scopeGuideEntrySchema,
  scopeSourceSchema,
  type GlossaryQuery,
  type GlossaryTerm,
  type ScopeGuideEntry,
  type ScopeGuideQuery,
  type ScopeSource,
} from '../../../contracts/scope-guide.ts';
import { scopeGuideSearch } from './scope-guide-search.ts';
import type { AppContext } from '../../context.ts';

export const defaultDataDir = path.join(import.meta.dirname, 'data');

export type ScopeGuideData = { entries: ScopeGuideEntry[]; glossary: GlossaryTerm[]; sources: ScopeSource[] };

function readList<T>(dir: string, file: string, schema: z.ZodType<T>, nameOf: (raw: unknown) => string): T[] {
  const raw: unknown = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${file}: must be a JSON array`);
  return raw.map((item: unknown, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return parsed.data;
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`${file} entry ${index} (${nameOf(item)}): ${problems}`);
  });
}

function assertUnique(file: string, names: string[]) {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new Error(`${file}: "${name}" appears more than once`);
    seen.add(name);
  }
}

const field = (key: string) => (raw: unknown) => JSON.stringify((raw as Record<string, unknown> | null)?.[key] ?? null);

export function loadScopeGuideData(dir = defaultDataDir): ScopeGuideData {
  const sources = readList(dir, 'sources.json', scopeSourceSchema, field('id'));
  const entries = readList(dir, 'scope-guide.json', scopeGuideEntrySchema, field('key'));
  const glossary = readList(dir, 'glossary.json', glossaryTermSchema, field('term'));
  assertUnique(
    'sources.json',
    sources.map((source) => source.id),
  );
  assertUnique(
    'scope-guide.json',
    entries.map((entry) => entry.key),
  );
  // Aliases share the namespace with terms: "DVT" must lead to exactly one entry.
  assertUnique(
    'glossary.json',
    glossary.flatMap((item) => [item.term, ...(item.aliases ?? [])].map((name) => name.toLowerCase())),
  );
  const known = new Set(sources.map((source) => source.id));
  for (const entry of entries) {
    const missing = entry.sources.find((id) => !known.has(id));
    if (missing) throw new Error(`scope-guide.json entry "${entry.key}": cites unknown source "${missing}"`);
  }
  const keys = new Set(entries.map((entry) => entry.key));
  for (const term of glossary) {
    const missing = term.entries?.find((key) => !keys.has(key));
    if (missing) throw new Error(`glossary.json term "${term.term}": relates to unknown guide entry "${missing}"`);
  }
  return { entries, glossary, sources };
}

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
const containsAll = (haystack: string, needles: string[]) => needles.every((needle) => haystack.includes(needle));

/** Lower is better; null means no match. Exact term or alias, then prefix, then substring, then the plain text. */
function glossaryRank(item: GlossaryTerm, query: string): number | null {
  const names = [item.term, ...(item.aliases ?? [])].map((name) => name.toLowerCase());
  if (names.includes(query)) return 0;
  if (names.some((name) => name.startsWith(query))) return 1;
  if (names.some((name) => name.includes(query))) return 2;
  // Plain words in any order ("clot leg") so a therapist can search by what they mean.
  if (containsAll(item.plain.toLowerCase(), words(query))) return 3;
  return null;
}

/** `data` defaults to the guide shipped in ./data; loaded at startup, so bad data fails the boot. */
export function scopeGuideService(
  _context: AppContext,
  { data }: { data: ScopeGuideData } = { data: loadScopeGuideData() },
) {
  const byKey = new Map(data.entries.map((entry) => [entry.key, entry]));
  const citedBy = (entries: ScopeGuideEntry[]) => {
    const ids = new Set(entries.flatMap((entry) => entry.sources));
    return data.sources.filter((source) => ids.has(source.id));
  };
  const glossaryByTerm = [...data.glossary].sort((a, b) => a.term.localeCompare(b.term));
  const search = scopeGuideSearch(data.entries, data.glossary);

  return {
    /** Entries matching words of q (most words first; see scope-guide-search.ts), optionally for one profession; with the sources they cite. */
    suggestions({ q, profession }: ScopeGuideQuery) {
      const ranked = search.rank(q ?? '')?.map((hit) => hit.entry) ?? data.entries;
      const items = ranked.filter((entry) => !profession || entry.referTo.includes(profession));
      return { items, sources: citedBy(items) };
    },

    find(key: string) {
      const item = byKey.get(key);
      return item ? { item, sources: citedBy([item]) } : null;
    },

    glossary({ q, limit }: GlossaryQuery) {
      const query = (q ?? '').toLowerCase();
      if (!query) return { items: glossaryByTerm.slice(0, limit) };
      const ranked = glossaryByTerm
        .map((item) => ({ item, rank: glossaryRank(item, query) }))
        .filter((hit): hit is { item: GlossaryTerm; rank: number } => hit.rank !== null)
        .sort((a, b) => a.rank - b.rank); // stable: alphabetical within a rank
      return { items: ranked.slice(0, limit).map((hit) => hit.item) };
    },
  };
}

export type ScopeGuideService = ReturnType<typeof scopeGuideService>;
