// Postal code → location, from the data shipped inside the `zipcodes` npm package (US ZIP codes
// and Canadian forward sortation areas; licence in docs/decisions/004-postal-data.md). No network.
import { createRequire } from 'node:module';

type ZipRecord = { zip: string; latitude: number; longitude: number; city: string; state: string; country: string };
type ZipData = { lookup: (code: string) => ZipRecord | undefined };

// The data takes ~0.4 s to load: loaded on first use (or by warmPostalData after the server is
// listening), not at import, so it stays off the cold-start path.
let zipcodes: ZipData | undefined;
const postalData = () => (zipcodes ??= createRequire(import.meta.url)('zipcodes') as ZipData);
export const warmPostalData = () => void postalData();

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
  const found = postalData().lookup(parsed.key);
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
