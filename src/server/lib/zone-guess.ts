// A first guess at a member's time zone from where their practice is, so digests and letter dates
// follow their clock before they ever open the setting. One zone per US state (the zone most of
// its people live in) and per Canadian postal district letter; the member corrects it if we are off.
import { lookupPostalCode } from './geo.ts';

const byZone: Record<string, string[]> = {
  'America/New_York': [
    'CT',
    'DE',
    'DC',
    'FL',
    'GA',
    'KY',
    'ME',
    'MD',
    'MA',
    'NH',
    'NJ',
    'NY',
    'NC',
    'OH',
    'PA',
    'RI',
    'SC',
    'VT',
    'VA',
    'WV',
  ],
  'America/Detroit': ['MI'],
  'America/Indiana/Indianapolis': ['IN'],
  'America/Chicago': ['AL', 'AR', 'IL', 'IA', 'KS', 'LA', 'MN', 'MS', 'MO', 'NE', 'ND', 'OK', 'SD', 'TN', 'TX', 'WI'],
  'America/Denver': ['CO', 'MT', 'NM', 'UT', 'WY'],
  'America/Boise': ['ID'],
  'America/Phoenix': ['AZ'],
  'America/Los_Angeles': ['CA', 'NV', 'OR', 'WA'],
  'America/Anchorage': ['AK'],
  'Pacific/Honolulu': ['HI'],
  'America/Puerto_Rico': ['PR', 'VI'],
  'Pacific/Guam': ['GU', 'MP'],
};
const usStates = new Map(
  Object.entries(byZone).flatMap(([zone, states]) => states.map((state) => [state, zone] as const)),
);

// The first letter of a Canadian postal code names the province or territory (Canada Post).
const canadianDistricts: Record<string, string> = {
  A: 'America/St_Johns',
  B: 'America/Halifax',
  C: 'America/Halifax',
  E: 'America/Moncton',
  G: 'America/Toronto',
  H: 'America/Toronto',
  J: 'America/Toronto',
  K: 'America/Toronto',
  L: 'America/Toronto',
  M: 'America/Toronto',
  N: 'America/Toronto',
  P: 'America/Toronto',
  R: 'America/Winnipeg',
  S: 'America/Regina',
  T: 'America/Edmonton',
  V: 'America/Vancouver',
  X: 'America/Yellowknife',
  Y: 'America/Whitehorse',
};

/** The zone a postal code most likely keeps, or null when we cannot tell. */
export function guessTimeZone(postalCode: string): string | null {
  const compact = postalCode.trim().toUpperCase();
  if (/^[A-Z]\d[A-Z]/.test(compact)) return canadianDistricts[compact.charAt(0)] ?? null;
  const place = lookupPostalCode(compact);
  return place?.country === 'US' ? (usStates.get(place.region) ?? null) : null;
}
