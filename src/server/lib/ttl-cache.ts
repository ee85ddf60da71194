// A small in-process cache: entries expire after `ttlMs`, and past `maxEntries` the oldest goes.
// Caching the promise (not the value) lets concurrent callers share one computation.
export function createTtlCache<V>(ttlMs: number, maxEntries: number) {
  const entries = new Map<string, { value: V; expires: number }>();
  return {
    get(key: string): V | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires > Date.now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key: string, value: V) {
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { value, expires: Date.now() + ttlMs });
    },
    delete: (key: string) => void entries.delete(key),
  };
}
