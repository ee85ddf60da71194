// The mentor suggestion score (docs/growth.md, Mentorship): a sum of six parts, each worth points
// for one plain reason. The three largest parts are the reasons shown. Pure: the repository finds
// the candidates, this decides who may be suggested, their score and the words.
import { mentoringAreas, type MeetingFormat, type MentoringArea } from '../../../contracts/mentorship.ts';
import { zonedAt } from '../../lib/time.ts';

export type Mentee = {
  specialties: readonly string[];
  modalities: readonly string[];
  firstYear: number | null;
  format: MeetingFormat;
  areas: readonly string[];
  timeZone: string | null;
};

export type MentorCandidate = {
  userId: string;
  slug: string;
  name: string;
  specialties: readonly string[];
  modalities: readonly string[];
  firstYear: number | null;
  /** From the mentee's practice; null when either has no place. */
  meters: number | null;
  format: MeetingFormat;
  areas: readonly string[];
  capacity: number;
  activeMentees: number;
  timeZone: string | null;
};

export type Unit = 'mi' | 'km';

/** The weights, in one place: the docs quote them. */
export const scoreWeights = {
  perSharedItem: 12,
  maxSharedItems: 3,
  perSharedArea: 8,
  maxSharedAreas: 3,
  perYearMore: 1,
  maxYearsCounted: 25,
  inPersonAtZero: 20,
  inPersonReachMiles: 100,
  online: 10,
  perPlaceLeft: 3,
  maxPlacesCounted: 3,
  sameTimeZone: 6,
  nearTimeZone: 3,
  nearTimeZoneHours: 3,
} as const;
const w = scoreWeights;
const metersPerMile = 1609.344;

type Part = { points: number; reason: string };
export type Scored = { userId: string; slug: string; name: string; score: number; reasons: string[] };

const words = (key: string) => key.replace(/-/g, ' ');
const listed = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const canMeet = (format: MeetingFormat, how: 'in-person' | 'online') => format === 'both' || format === how;

// A zone's offset now, kept per zone for the hour: building a zoned time costs far more than
// scoring a candidate, and a suggestion page meets the same few dozen zones again and again.
const offsets = new Map<string, { hour: number; hours: number }>();
function offsetHours(zone: string | null, at: Date) {
  if (!zone) return null;
  const hour = Math.floor(at.getTime() / 3_600_000);
  let known = offsets.get(zone);
  if (known?.hour !== hour) {
    known = { hour, hours: zonedAt(zone, at).offsetNanoseconds / 3.6e12 };
    offsets.set(zone, known);
  }
  return known.hours;
}

/** Each part of a candidate's score, or null when they cannot be suggested at all. */
function partsOf(mentee: Mentee, mentor: MentorCandidate, at: Date, unit: Unit) {
  const placesLeft = mentor.capacity - mentor.activeMentees;
  if (placesLeft <= 0) return null;
  const yearsMore = mentee.firstYear !== null && mentor.firstYear !== null ? mentee.firstYear - mentor.firstYear : null;
  // A mentor is further along than the mentee, when both say when they started.
  if (yearsMore !== null && yearsMore < 1) return null;

  const miles = mentor.meters === null ? null : mentor.meters / metersPerMile;
  const inPerson =
    canMeet(mentee.format, 'in-person') &&
    canMeet(mentor.format, 'in-person') &&
    miles !== null &&
    miles <= w.inPersonReachMiles
      ? Math.round(w.inPersonAtZero * (1 - miles / w.inPersonReachMiles))
      : null;
  const online = canMeet(mentee.format, 'online') && canMeet(mentor.format, 'online') ? w.online : null;
  if (inPerson === null && online === null) return null;

  const parts: Part[] = [];
  const shared = [
    ...mentee.specialties.filter((item) => mentor.specialties.includes(item)),
    ...mentee.modalities.filter((item) => mentor.modalities.includes(item)),
  ].slice(0, w.maxSharedItems);
  if (shared.length > 0)
    parts.push({ points: shared.length * w.perSharedItem, reason: `both do ${listed(shared.map(words))}` });

  const areas = mentee.areas.filter((area) => mentor.areas.includes(area)).slice(0, w.maxSharedAreas);
  if (areas.length > 0)
    parts.push({
      points: areas.length * w.perSharedArea,
      reason: `offers help with ${listed(areas.map((area) => mentoringAreas[area as MentoringArea] ?? words(area)))}`,
    });

  if (yearsMore !== null)
    parts.push({
      points: Math.min(yearsMore, w.maxYearsCounted) * w.perYearMore,
      reason: `${yearsMore} ${yearsMore === 1 ? 'year' : 'years'} more experience`,
    });

  if (inPerson !== null && inPerson >= (online ?? 0)) {
    const distance = unit === 'km' ? miles! * 1.609344 : miles!;
    parts.push({
      points: inPerson,
      reason: distance < 1 ? `less than 1 ${unit} away` : `${Math.round(distance)} ${unit} away`,
    });
  } else parts.push({ points: online!, reason: 'online' });

  parts.push({
    points: Math.min(placesLeft, w.maxPlacesCounted) * w.perPlaceLeft,
    reason: `has room for ${placesLeft} more`,
  });

  const [mine, theirs] = [offsetHours(mentee.timeZone, at), offsetHours(mentor.timeZone, at)];
  if (mine !== null && theirs !== null) {
    const apart = Math.abs(mine - theirs);
    if (apart === 0) parts.push({ points: w.sameTimeZone, reason: 'same time zone' });
    else if (apart <= w.nearTimeZoneHours)
      parts.push({ points: w.nearTimeZone, reason: `${apart} ${apart === 1 ? 'hour' : 'hours'} apart` });
  }
  return parts;
}

/**
 * Scores the candidates for a mentee, best first (ties: by slug), with each one's three largest
 * parts as reasons (ties between parts: in the order they are listed above).
 */
export function rankMentors(mentee: Mentee, candidates: MentorCandidate[], options: { unit: Unit; at?: Date }) {
  const at = options.at ?? new Date();
  const scored: Scored[] = [];
  for (const mentor of candidates) {
    const parts = partsOf(mentee, mentor, at, options.unit);
    if (!parts) continue;
    const score = parts.reduce((sum, part) => sum + part.points, 0);
    const reasons = parts
      .map((part, order) => ({ ...part, order }))
      .filter((part) => part.points > 0)
      .sort((a, b) => b.points - a.points || a.order - b.order)
      .slice(0, 3)
      .map((part) => part.reason);
    scored.push({ userId: mentor.userId, slug: mentor.slug, name: mentor.name, score, reasons });
  }
  return scored.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
