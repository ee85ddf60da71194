// Postal code → location, from the data shipped inside the `zipcodes` npm package (US ZIP codes
// and Canadian forward sortation areas; licence in docs/decisions/004-postal-data.md). No network.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export type ZipRecord = {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
  country: string;
};
/** The package's table: a 5-digit ZIP or a Canadian postal code's first three characters → place. */
export type PostalCodes = Record<string, ZipRecord>;

// The data is 5 MB of JavaScript that takes 0.1–0.4 s to load. Loaded on first use, or, after the
// server is listening, by warmPostalData in a worker thread: loading it here blocked every request
// that came in meanwhile, the first health check included.
let codes: PostalCodes | undefined;
const postalData = () => (codes ??= (createRequire(import.meta.url)('zipcodes') as { codes: PostalCodes }).codes);
export const postalDataLoaded = () => codes !== undefined;

/** Loads the data in a worker thread; this thread only receives the table (~10–30 ms). Never rejects: lookups load it themselves if this fails. */
export function warmPostalData(): Promise<void> {
  if (codes) return Promise.resolve();
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./postal-data.worker.ts', import.meta.url));
    worker.unref();
    worker.once('message', (loaded: PostalCodes) => {
      codes ??= loaded;
      void worker.terminate();
      resolve();
    });
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}

const provinceCodes: Record<string, string> = {
  Alberta: 'AB',
  'British Columbia': 'BC',
  Manitoba: 'MB',
  'New Brunswick': 'NB',
  'Newfoundland and Labrador': 'NL',
  'Newfoundland And Labrador': 'NL',
  'Nova Scotia': 'NS',
  Ontario: 'ON',
  'Prince Edward Island': 'PE',
  Quebec: 'QC',
  Saskatchewan: 'SK',
  'Northwest Territories': 'NT',
  Nunavut: 'NU',
  Yukon: 'YT',
};

export type Place = {
  postalCode: string;
  lat: number;
  lng: number;
  city: string;
  region: string;
  country: 'US' | 'CA';
};

/** The key the data is indexed by: a 5-digit ZIP, or a Canadian postal code's first three characters. */
export function postalKey(code: string): { key: string; country: 'US' | 'CA' } | null {
  const compact = code.trim().toUpperCase().replace(/\s+/g, '');
  if (/^\d{5}(-?\d{4})?$/.test(compact)) return { key: compact.slice(0, 5), country: 'US' };
  if (/^[A-Z]\d[A-Z](\d[A-Z]\d)?$/.test(compact)) return { key: compact.slice(0, 3), country: 'CA' };
  return null;
}

export function lookupPostalCode(code: string): Place | null {
  const parsed = postalKey(code);
  if (!parsed) return null;
  const table = postalData();
  const found = Object.hasOwn(table, parsed.key) ? table[parsed.key] : undefined;
  if (!found) return null;
  const country = found.country === 'Canada' ? 'CA' : 'US';
  if (country !== parsed.country) return null;
  return {
    postalCode: parsed.key,
    lat: found.latitude,
    lng: found.longitude,
    // Canadian entries name a neighbourhood list in brackets; keep the place name.
    city: found.city.replace(/\s*\(.*\)\s*$/, ''),
    region: country === 'CA' ? (provinceCodes[found.state] ?? found.state) : found.state,
    country,
  };
}

export const metersPer = { mi: 1609.344, km: 1000 } as const;
