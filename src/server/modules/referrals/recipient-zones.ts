// The time zones the emailed referral page offers (its recipients are in North America, like our
// members; UTC stays for anyone else), and a sensible first choice: the referrer's, from the state
// or province on their profile — a recipient is usually near whoever referred to them.
export const recipientZones = [
  { zone: 'America/New_York', label: 'Eastern (New York, Toronto)' },
  { zone: 'America/Chicago', label: 'Central (Chicago, Winnipeg)' },
  { zone: 'America/Denver', label: 'Mountain (Denver, Edmonton)' },
  { zone: 'America/Boise', label: 'Mountain (Idaho)' },
  { zone: 'America/Phoenix', label: 'Arizona (no daylight saving)' },
  { zone: 'America/Regina', label: 'Saskatchewan (no daylight saving)' },
  { zone: 'America/Los_Angeles', label: 'Pacific (Los Angeles, Vancouver)' },
  { zone: 'America/Anchorage', label: 'Alaska' },
  { zone: 'Pacific/Honolulu', label: 'Hawaii' },
  { zone: 'America/Halifax', label: 'Atlantic (Halifax)' },
  { zone: 'America/St_Johns', label: 'Newfoundland' },
  { zone: 'UTC', label: 'UTC' },
] as const;

export type RecipientZone = (typeof recipientZones)[number]['zone'];

export const isRecipientZone = (zone: unknown): zone is RecipientZone =>
  recipientZones.some((entry) => entry.zone === zone);

// States and provinces by their main zone (a state split between two takes its larger part).
const byRegion: Record<string, RecipientZone> = {};
const zoneOf: [RecipientZone, string][] = [
  ['America/New_York', 'CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV ON QC'],
  ['America/Chicago', 'AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI MB'],
  ['America/Denver', 'CO MT NM UT WY AB NT'],
  ['America/Boise', 'ID'],
  ['America/Phoenix', 'AZ'],
  ['America/Regina', 'SK'],
  ['America/Los_Angeles', 'CA NV OR WA BC YT'],
  ['America/Anchorage', 'AK'],
  ['Pacific/Honolulu', 'HI'],
  ['America/Halifax', 'NS NB PE'],
  ['America/St_Johns', 'NL'],
];
for (const [zone, regions] of zoneOf) for (const region of regions.split(' ')) byRegion[region] = zone;

const stateNames: Record<string, string> = {
  idaho: 'ID',
  montana: 'MT',
  utah: 'UT',
  colorado: 'CO',
  wyoming: 'WY',
  'new mexico': 'NM',
  arizona: 'AZ',
  california: 'CA',
  oregon: 'OR',
  washington: 'WA',
  nevada: 'NV',
  texas: 'TX',
  illinois: 'IL',
  minnesota: 'MN',
  'new york': 'NY',
  florida: 'FL',
  georgia: 'GA',
  ohio: 'OH',
  pennsylvania: 'PA',
  alaska: 'AK',
  hawaii: 'HI',
  ontario: 'ON',
  quebec: 'QC',
  'british columbia': 'BC',
  alberta: 'AB',
  saskatchewan: 'SK',
  manitoba: 'MB',
  'nova scotia': 'NS',
};

/** The referrer's zone from their profile's state or province; Eastern when it says nothing we know. */
export function defaultZoneFor(region: string): RecipientZone {
  const key = region.trim();
  return byRegion[key.toUpperCase()] ?? byRegion[stateNames[key.toLowerCase()] ?? ''] ?? 'America/New_York';
}
