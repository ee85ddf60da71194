// Realistic, deterministic professionals for the demo and the benchmarks: real places, profiles
// whose tags and text agree, and the same mix every run for the same seed.
import { professions, type Profession } from '../../contracts/taxonomy.ts';
import type { profiles } from '../db/schema/index.ts';
import { searchTextOf } from '../modules/profiles/profiles.mapper.ts';
import { createPlacePicker, type SeedPlace } from './places.ts';
import {
  collaborationPromises,
  continuingEducation,
  firstNames,
  goalsBySpecialty,
  hobbies,
  languagesBesideEnglish,
  lastNames,
  pastJobs,
  practicePlaces,
  streets,
} from './phrases.ts';
import { professionKits } from './professions.ts';
import { createRandom, type Random } from './random.ts';

export type SeedUser = { id: string; name: string; email: string };
export type SeedProfile = typeof profiles.$inferInsert & { id: string };
export type SeedProfessional = { user: SeedUser; profile: SeedProfile };

// Fixed, so the same seed gives the same data whatever the date.
const referenceYear = 2025;
const referenceTime = Date.UTC(2025, 5, 1);
const professionKeys = Object.keys(professions) as Profession[];

const ascii = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const uuidOf = (random: Random) =>
  `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-${random.pick(['8', '9', 'a', 'b'])}${random.hex(3)}-${random.hex(12)}`;

function postalCodeOf(place: SeedPlace, random: Random) {
  if (place.country === 'US') return place.postalCode;
  const letter = () => random.pick([...'ABCEGHJKLMNPRSTVWXYZ']);
  return `${place.postalCode} ${random.int(0, 9)}${letter()}${random.int(0, 9)}`;
}

function practiceNameOf(random: Random, kitWords: string[], last: string, town: string) {
  if (random.chance(0.15)) return '';
  const word = random.pick(kitWords);
  if (word.startsWith('&')) return `${last} ${word}`;
  return `${random.pick([town, last, random.pick(practicePlaces), random.pick(practicePlaces)])} ${word}`;
}

function historyOf(
  random: Random,
  school: string,
  graduationYear: number,
  firstYear: number,
  town: string,
  practiceName: string,
) {
  const parts: string[] = [];
  if (random.chance(0.35)) {
    const [job, lesson] = random.pick(pastJobs);
    parts.push(`Before this career I worked as ${job}, which taught me ${lesson}.`);
  }
  parts.push(`I trained at ${school}, graduating in ${graduationYear}.`);
  parts.push(
    practiceName && random.chance(0.6)
      ? `Since ${firstYear} I have practised in ${town}, and I now run ${practiceName}.`
      : `I have practised in ${town} since ${firstYear}.`,
  );
  if (random.chance(0.7))
    parts.push(`Recent continuing education: ${random.sample(continuingEducation, 2).join(' and ')}.`);
  return parts.join(' ');
}

export function generateProfessional(
  index: number,
  random: Random,
  place: SeedPlace,
  slugs: Map<string, number>,
): SeedProfessional {
  const profession = random.weighted(professionKeys, (key) => professionKits[key].weight);
  const kit = professionKits[profession];
  const first = random.pick(firstNames);
  const last = random.pick(lastNames);
  const displayName = `${first} ${last}`;
  const base = ascii(displayName) || 'member';
  const seen = (slugs.get(base) ?? 0) + 1;
  slugs.set(base, seen);
  const slug = seen === 1 ? base : `${base}-${seen}`;
  const userId = `seed${random.hex(20)}`;

  const graduationYear = random.int(1988, referenceYear - 1);
  const firstYearInPractice = Math.min(referenceYear, graduationYear + random.int(0, 1));
  const years = referenceYear - firstYearInPractice;
  const isMassage = profession === 'massage-therapist';
  const specialtyPicks = random.sample(kit.specialties, random.int(isMassage ? 2 : 1, isMassage ? 5 : 3));
  const modalityPicks = random.sample(kit.modalities, random.int(isMassage ? 2 : 0, isMassage ? 6 : 2));
  const practiceName = practiceNameOf(random, kit.practiceWords, last, place.town);
  const domain = ascii(practiceName || displayName);
  const regulated = !['chamber-member', 'other', 'personal-trainer'].includes(profession);
  const quebec = place.region === 'QC';
  const school = random.pick(kit.schools);
  const visibilityRoll = random.next();

  const profile: SeedProfile = {
    id: uuidOf(random),
    userId,
    slug,
    displayName,
    profession,
    credentials: random.pick(kit.credentials[place.country]).split(', '),
    licenseNumber: regulated ? `${place.region}-${random.int(10000, 99999)}` : '',
    licenseRegion: regulated ? place.region : '',
    school,
    graduationYear,
    associations: associationsOf(random, profession, place),
    specialties: specialtyPicks,
    modalities: modalityPicks,
    firstYearInPractice,
    treatmentGoals: specialtyPicks.length
      ? specialtyPicks
          .slice(0, 3)
          .map((key) => goalsBySpecialty[key])
          .join(' ')
      : 'Help local practitioners spend less time on paperwork and more time with their clients.',
    howMyWorkHelps: [kit.offers, ...random.sample(collaborationPromises, random.int(1, 2))].join(' '),
    history: historyOf(random, school, graduationYear, firstYearInPractice, place.town, practiceName),
    hobbies: random.chance(0.75) ? `Outside work you will find me ${random.sample(hobbies, 2).join(' or ')}.` : '',
    practiceName,
    street: `${random.int(10, 9999)} ${random.pick(streets)}${random.chance(0.3) ? `, Suite ${random.int(100, 450)}` : ''}`,
    city: place.town,
    region: place.region,
    postalCode: postalCodeOf(place, random),
    country: place.country,
    phone: `(${random.int(201, 989)}) 555-01${String(random.int(0, 99)).padStart(2, '0')}`,
    publicEmail: random.chance(0.6) ? `hello@${domain}.example` : '',
    website: random.chance(0.45) ? `https://${domain}.example` : '',
    practiceSettings: isMassage
      ? random.sample(
          ['clinic', 'spa', 'mobile', 'home-studio', 'sports-team', 'hospital', 'corporate'],
          random.int(1, 2),
        )
      : ['clinic'],
    workArrangement: isMassage
      ? random.pick(['employee', 'contractor', 'owner', 'owner'])
      : random.pick(['owner', 'owner', 'employee']),
    acceptingReferrals: random.chance(0.65),
    openToTrades: random.chance(isMassage ? 0.45 : 0.15),
    offeringMentorship: years >= 10 && random.chance(0.3),
    seekingMentor: years <= 3 && random.chance(0.4),
    languages: quebec
      ? random.chance(0.7)
        ? ['French', 'English']
        : ['French']
      : ['English', ...(random.chance(0.2) ? [random.pick(languagesBesideEnglish)] : [])],
    visibility: visibilityRoll < 0.85 ? 'public' : visibilityRoll < 0.97 ? 'members' : 'hidden',
    lat: place.lat,
    lng: place.lng,
    onboardedAt: new Date(referenceTime - random.int(0, 1000) * 86_400_000),
  };
  profile.createdAt = profile.onboardedAt!;
  profile.updatedAt = profile.onboardedAt!;
  profile.searchText = searchTextOf({ specialtiesOther: '', modalitiesOther: '', ...profile } as Parameters<
    typeof searchTextOf
  >[0]);
  const email = `${ascii(first)}.${ascii(last)}.${index}@kneadwork.test`;
  return { user: { id: userId, name: displayName, email }, profile };
}

function associationsOf(random: Random, profession: Profession, place: SeedPlace): string[] {
  const chamber = random.chance(0.2) ? ['local-chamber'] : [];
  if (profession === 'massage-therapist') {
    if (place.country === 'US')
      return [random.pick(['amta', 'abmp']), ...(random.chance(0.25) ? ['ncbtmb'] : []), ...chamber];
    return [place.region === 'ON' ? 'rmtao' : place.region === 'BC' ? 'rmtbc' : 'cmta', ...chamber];
  }
  if (profession === 'chiropractor' && place.country === 'US') return ['aca', ...chamber];
  if (profession === 'physiotherapist' && place.country === 'US') return ['apta', ...chamber];
  if (profession === 'chamber-member') return ['local-chamber'];
  return chamber;
}

/** `count` professionals from `seed`, generated lazily (a benchmark asks for 100,000). */
export function* generateProfessionals(count: number, seed: number): Generator<SeedProfessional> {
  const random = createRandom(seed);
  const pickPlace = createPlacePicker();
  const slugs = new Map<string, number>();
  for (let index = 0; index < count; index++) yield generateProfessional(index, random, pickPlace(random), slugs);
}
