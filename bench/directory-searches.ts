// Directory searches as people make them, for the benchmarks on either database: each makes a new
// `/api/directory?…` path per request from the random source it is given, so a run never answers
// the same question twice (no cached total, no warm page) unless the search itself repeats. The
// places are the seed's metropolitan centres and the words are the ones seeded profiles contain
// (taxonomy labels, practice names), so every search finds professionals in generated data.
import { keysOf, modalities, professions, specialties } from '../src/contracts/taxonomy.ts';
import { metroCentres } from '../src/server/seed/places.ts';
import type { Random } from '../src/server/seed/random.ts';

export type DirectorySearch = {
  name: string;
  /** What varies from one request to the next, for the printed results. */
  description: string;
  path: (random: Random) => string;
};

const directoryPath = (params: Record<string, string>) => `/api/directory?${new URLSearchParams(params).toString()}`;
const between = (random: Random, low: number, high: number) => (low + random.next() * (high - low)).toFixed(2);

/** 15 US and 5 Canadian metro centres: where most seeded professionals are. A Canadian search names
 * a whole postal code; the seed knows its area (the first three characters), which is all the lookup reads. */
export const searchPlaces = [
  ...metroCentres.filter((code) => /^\d/.test(code)).slice(0, 15),
  ...metroCentres
    .filter((code) => !/^\d/.test(code))
    .slice(0, 5)
    .map((area) => `${area} 1A1`),
];

/** Words seeded profiles contain (profession, specialty and modality labels, practice names) and a typo of each that the directory corrects: one edit in words of 5–8 letters, two from 9 (decisions/012). */
export const searchWords = [
  { word: 'chiropractor', typo: 'chiropracter' },
  { word: 'massage', typo: 'massge' },
  { word: 'bodywork', typo: 'bodywrok' },
  { word: 'physiotherapist', typo: 'physiotherapst' },
  { word: 'reflexology', typo: 'reflexolgy' },
  { word: 'acupuncture', typo: 'acupunture' },
  { word: 'naturopath', typo: 'naturopth' },
  { word: 'fibromyalgia', typo: 'fibromyalgai' },
  { word: 'craniosacral', typo: 'craniosacrel' },
  { word: 'shiatsu', typo: 'shiatzu' },
  { word: 'aromatherapy', typo: 'aromatherpy' },
  { word: 'geriatric', typo: 'geriatirc' },
  { word: 'prenatal', typo: 'prenatel' },
  { word: 'oncology', typo: 'oncolgy' },
  { word: 'migraine', typo: 'migrane' },
  { word: 'lymphedema', typo: 'lymphedma' },
  { word: 'psychotherapist', typo: 'psychotherapst' },
  { word: 'dentist', typo: 'dentsit' },
  { word: 'myofascial', typo: 'myofasical' },
] as const;

const filterKinds = [
  ['profession', keysOf(professions)],
  ['specialty', keysOf(specialties)],
  ['modality', keysOf(modalities)],
] as const;

export const directorySearches: DirectorySearch[] = [
  {
    name: 'sportsNear10001',
    description: 'near=10001&specialty=sports, radius 20–30 mi',
    path: (random) => directoryPath({ near: '10001', specialty: 'sports', radius: between(random, 20, 30) }),
  },
  {
    name: 'nearWithFilter',
    description: 'near one of 20 metro centres, radius 5–100 mi, one profession, specialty or modality',
    path: (random) => {
      const [kind, keys] = random.pick(filterKinds);
      return directoryPath({
        near: random.pick(searchPlaces),
        radius: between(random, 5, 100),
        [kind]: random.pick(keys),
      });
    },
  },
  {
    name: 'typo',
    description: `q= one of ${searchWords.length} misspelt words, whole country, page 1`,
    path: (random) => directoryPath({ q: random.pick(searchWords).typo }),
  },
  {
    name: 'typoPage10',
    description: 'the same misspelt words, page 10',
    path: (random) => directoryPath({ q: random.pick(searchWords).typo, page: '10' }),
  },
  {
    name: 'exactWord',
    description: `q= one of the ${searchWords.length} words spelt right, whole country`,
    path: (random) => directoryPath({ q: random.pick(searchWords).word }),
  },
  {
    name: 'nearWithWord',
    description: 'near one of 20 metro centres, radius 10–50 mi, q= one of the words',
    path: (random) =>
      directoryPath({
        near: random.pick(searchPlaces),
        radius: between(random, 10, 50),
        q: random.pick(searchWords).word,
      }),
  },
  {
    name: 'browse',
    description: 'no filters, page 1–10',
    path: (random) => directoryPath({ page: String(random.int(1, 10)) }),
  },
];
