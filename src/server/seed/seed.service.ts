// Fills a database with generated professionals, in batches, and adds the demo account.
import type { Db } from '../db/client.ts';
import { lookupPostalCode } from '../lib/geo.ts';
import { hashPassword } from '../lib/passwords.ts';
import { searchTextOf } from '../modules/profiles/profiles.mapper.ts';
import { generateProfessionals, type SeedProfessional } from './professionals.ts';
import { seedRepository } from './seed.repository.ts';

export const demoAccount = { email: 'demo@kneadwork.test', password: 'kneadwork-demo' } as const;

/** Inserts `count` professionals generated from `seed`; every seeded member signs in with `password`. */
export async function seedProfessionals(
  db: Db,
  options: { count: number; seed: number; password: string; batchSize?: number; onProgress?: (done: number) => void },
) {
  const repo = seedRepository(db);
  // One argon2id hash for everyone: hashing 100,000 passwords would take minutes and prove nothing.
  const passwordHash = await hashPassword(options.password);
  const batchSize = options.batchSize ?? 1000;
  let batch: SeedProfessional[] = [];
  let done = 0;
  for (const professional of generateProfessionals(options.count, options.seed)) {
    batch.push(professional);
    if (batch.length === batchSize) {
      await repo.insertProfessionals(batch, passwordHash);
      done += batch.length;
      options.onProgress?.(done);
      batch = [];
    }
  }
  await repo.insertProfessionals(batch, passwordHash);
  await repo.analyze();
  return { passwordHash };
}

/** The demo account: a complete, public massage-therapist profile in Chicago's Lincoln Park. */
export function demoProfessional(): SeedProfessional {
  const userId = 'demo0000000000000000000000';
  const place = lookupPostalCode('60614')!;
  const demo: SeedProfessional = {
    user: { id: userId, name: 'Dana Whitfield', email: demoAccount.email },
    profile: {
      id: '00000000-0000-4000-8000-00000000de70',
      userId,
      slug: 'dana-whitfield',
      displayName: 'Dana Whitfield',
      profession: 'massage-therapist',
      credentials: ['LMT', 'BCTMB'],
      licenseNumber: 'IL-227.014519',
      licenseRegion: 'IL',
      school: 'Cortiva Institute',
      graduationYear: 2011,
      associations: ['amta', 'ncbtmb', 'local-chamber'],
      specialties: ['sports', 'post-surgical', 'headache-migraine', 'workplace-injury'],
      modalities: ['deep-tissue', 'myofascial-release', 'trigger-point', 'assisted-stretch', 'instrument-assisted'],
      firstYearInPractice: 2011,
      treatmentGoals:
        'Get runners and weekend athletes back to training sooner, with fewer flare-ups between races.\n\nReduce swelling and adhesions after orthopedic surgery so physical therapy can progress on schedule.',
      howMyWorkHelps:
        'Your patients arrive at their next appointment with less guarding and more tolerance for loading. With consent I send a one-page note after each session, and red flags come straight back to you the same day.',
      history:
        'Before massage I coached high-school track for six years, which taught me how athletes hide injuries to keep competing. I trained at Cortiva Institute in Chicago and opened Lincoln Park Sports Massage in 2016. I teach a monthly study group on post-surgical care.',
      hobbies: 'Running the lakefront path, building furniture, and coaching a Saturday youth running club.',
      practiceName: 'Lincoln Park Sports Massage',
      street: '2417 N Clark St, Suite 3',
      city: 'Chicago',
      region: 'IL',
      postalCode: '60614',
      country: 'US',
      phone: '(312) 555-0142',
      publicEmail: 'dana@lincolnparksportsmassage.example',
      website: 'https://lincolnparksportsmassage.example',
      practiceSettings: ['clinic', 'sports-team'],
      workArrangement: 'owner',
      acceptingReferrals: true,
      openToTrades: true,
      offeringMentorship: true,
      seekingMentor: false,
      languages: ['English', 'Spanish'],
      visibility: 'public',
      lat: place.lat,
      lng: place.lng,
      onboardedAt: new Date(Date.UTC(2025, 0, 15)),
      createdAt: new Date(Date.UTC(2025, 0, 15)),
      updatedAt: new Date(Date.UTC(2025, 0, 15)),
    },
  };
  demo.profile.searchText = searchTextOf({ specialtiesOther: '', modalitiesOther: '', ...demo.profile } as Parameters<
    typeof searchTextOf
  >[0]);
  return demo;
}

/** Seeds the demo database once: `count` professionals plus the demo account, in one transaction. */
export async function seedDemo(db: Db, count: number, seed: number) {
  const repo = seedRepository(db);
  if (await repo.userExists(demoAccount.email)) return false;
  const passwordHash = await hashPassword(demoAccount.password);
  await repo.insertProfessionals([...generateProfessionals(count, seed), demoProfessional()], passwordHash);
  await repo.analyze();
  return true;
}
