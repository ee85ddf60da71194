import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

const textList = (name: string) =>
  text(name)
    .array()
    .notNull()
    .default(sql`'{}'::text[]`);
const blank = (name: string) => text(name).notNull().default('');

export const profiles = pgTable(
  'profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .unique()
      .references(() => user.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull().unique(),
    displayName: text('display_name').notNull(),
    profession: text('profession').notNull().default('massage-therapist'),
    credentials: textList('credentials'),
    licenseNumber: blank('license_number'),
    licenseRegion: blank('license_region'),
    school: blank('school'),
    graduationYear: integer('graduation_year'),
    associations: textList('associations'),
    associationsOther: blank('associations_other'),
    specialties: textList('specialties'),
    specialtiesOther: blank('specialties_other'),
    modalities: textList('modalities'),
    modalitiesOther: blank('modalities_other'),
    firstYearInPractice: integer('first_year_in_practice'),
    treatmentGoals: blank('treatment_goals'),
    howMyWorkHelps: blank('how_my_work_helps'),
    history: blank('history'),
    hobbies: blank('hobbies'),
    practiceName: blank('practice_name'),
    street: blank('street'),
    city: blank('city'),
    region: blank('region'),
    postalCode: blank('postal_code'),
    country: text('country').notNull().default('US'),
    // IANA name ('America/Chicago'): the member's calendar day and hour (lib/time.ts); null reads as UTC.
    timeZone: text('time_zone'),
    phone: blank('phone'),
    publicEmail: blank('public_email'),
    website: blank('website'),
    practiceSettings: textList('practice_settings'),
    workArrangement: text('work_arrangement'),
    acceptingReferrals: boolean('accepting_referrals').notNull().default(false),
    openToTrades: boolean('open_to_trades').notNull().default(false),
    offeringMentorship: boolean('offering_mentorship').notNull().default(false),
    seekingMentor: boolean('seeking_mentor').notNull().default(false),
    languages: textList('languages'),
    logoFile: text('logo_file'),
    photoFile: text('photo_file'),
    visibility: text('visibility').notNull().default('members'),
    // Why moderation keeps the profile out of sight ('hidden' by an admin, 'suspended' with its
    // member): while any holds, visibility reads 'hidden' and the member's own choice waits in
    // own_visibility, so every place that already leaves hidden profiles out leaves these out too.
    withheld: textList('withheld'),
    ownVisibility: text('own_visibility'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    // Name, practice, town and specialty words in one string for typo-tolerant (trigram) search;
    // written by the repository on every change.
    searchText: text('search_text').notNull().default(''),
    onboardedAt: timestamp('onboarded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('profiles_search_trgm_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
    index('profiles_earth_idx').using('gist', sql`ll_to_earth(${table.lat}, ${table.lng})`),
    index('profiles_specialties_idx').using('gin', table.specialties),
    index('profiles_modalities_idx').using('gin', table.modalities),
    index('profiles_profession_idx').on(table.profession, table.visibility),
    // The directory's default order (by name, then slug): a page reads 20 index entries instead of
    // sorting every listed profile. "C" collation so PGlite and PostgreSQL order alike.
    index('profiles_directory_name_idx').on(sql`lower(${table.displayName}) collate "C"`, table.slug),
    // Typo-tolerant name search ("Jane Smyth" finds Jane Smith): names are short, so rechecking a
    // trigram candidate is cheap, unlike the long search_text.
    // Matching a contact to a member by the address on their profile (the alliance builder).
    index('profiles_public_email_idx').on(sql`lower(${table.publicEmail})`),
    index('profiles_name_trgm_idx').using('gin', sql`lower(${table.displayName}) gin_trgm_ops`),
    // Mentor suggestions (mentorship/mentoring.repository.ts): the nearest mentors and the most
    // experienced ones, each walked in order over only the members who offer to mentor.
    index('profiles_mentor_earth_idx')
      .using('gist', sql`ll_to_earth(${table.lat}, ${table.lng})`)
      .where(sql`${table.offeringMentorship}`),
    index('profiles_mentor_experience_idx')
      .on(sql`(coalesce(${table.firstYearInPractice}, ${table.graduationYear}))`, table.slug)
      .where(sql`${table.offeringMentorship}`),
  ],
);
