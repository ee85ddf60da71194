// One schema for the profile form (web) and PUT /api/me/profile (server).
import { z } from 'zod';
import { endorsementCountsSchema } from './network.ts';
import { awayBannerSchema } from './cover.ts';
import { splitOwnItems, yearsInPractice } from './profile-words.ts';
import { line, optionalEmail, optionalPhone, personName, tags, text } from './fields.ts';
import {
  associations,
  keysOf,
  modalities,
  practiceSettings,
  professions,
  specialties,
  visibilities,
  workArrangements,
} from './taxonomy.ts';
import { isTimeZone } from './time.ts';

const thisYear = () => new Date().getUTCFullYear();

/** Typed as one line or sent as a list; always a clean list after parsing. */
const ownItems = (maxItems: number, maxLength: number) =>
  z
    .union([
      z.string().max(2000, 'must be at most 2000 characters'),
      z.array(z.string().max(maxLength, `must be at most ${maxLength} characters each`)).max(100),
    ])
    .transform(splitOwnItems)
    .pipe(
      z
        .array(z.string().max(maxLength, `must be at most ${maxLength} characters each`))
        .max(maxItems, `must have at most ${maxItems} entries`),
    );

export const countries = ['US', 'CA'] as const;

// A US ZIP (5 digits, optional +4) or a Canadian postal code (A1A 1A1). Country agreement is
// checked by the service, which also resolves the code to a location.
export const postalCodePattern = /^(\d{5}(-\d{4})?|[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d)$/;

export const profileInputSchema = z
  .object({
    displayName: personName,
    profession: z.enum(keysOf(professions)),
    credentials: tags(10, 20),
    licenseNumber: line(40),
    licenseRegion: line(40),
    school: line(160),
    graduationYear: z
      .number()
      .int()
      .min(1950, 'must be no earlier than 1950')
      .max(thisYear() + 1, 'must not be in the future')
      .nullable(),
    associations: z.array(z.enum(keysOf(associations))).max(10),
    associationsOther: line(200),
    specialties: z.array(z.enum(keysOf(specialties))).max(16),
    specialtiesOther: ownItems(12, 60),
    modalities: z.array(z.enum(keysOf(modalities))).max(17),
    modalitiesOther: ownItems(12, 60),
    firstYearInPractice: z
      .number()
      .int()
      .min(1950, 'must be no earlier than 1950')
      .max(thisYear(), 'must not be in the future')
      .nullable(),
    treatmentGoals: text(1500),
    howMyWorkHelps: text(1500),
    history: text(2000),
    hobbies: text(500),
    practiceName: line(160),
    street: line(200),
    city: line(100),
    region: line(60),
    postalCode: z.union([
      z.literal(''),
      z.string().trim().regex(postalCodePattern, 'must be a US ZIP (12345) or Canadian postal code (A1A 1A1)'),
    ]),
    country: z.enum(countries),
    phone: optionalPhone,
    publicEmail: optionalEmail,
    website: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(300)]),
    practiceSettings: z.array(z.enum(keysOf(practiceSettings))).max(7),
    workArrangement: z.enum(keysOf(workArrangements)).nullable(),
    acceptingReferrals: z.boolean(),
    openToTrades: z.boolean(),
    offeringMentorship: z.boolean(),
    seekingMentor: z.boolean(),
    languages: tags(10, 40),
    visibility: z.enum(keysOf(visibilities)),
    // An IANA name; null until the postal code suggests one or the member picks it (UTC meanwhile).
    timeZone: z.string().refine(isTimeZone, 'must be a time zone from the list, such as America/Chicago').nullable(),
  })
  .strict();

export const profileUpdateSchema = profileInputSchema.partial().strict();
export type ProfileInput = z.infer<typeof profileInputSchema>;
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

export const profileSchema = profileInputSchema.extend({
  specialtiesOther: z.array(z.string()),
  modalitiesOther: z.array(z.string()),
  slug: z.string(),
  yearsInPractice: z.number().int().nullable(),
  logoUrl: z.string().nullable(),
  photoUrl: z.string().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  onboarded: z.boolean(),
  updatedAt: z.string(),
  /** On another member's profile (GET /api/profiles/{slug}): endorsement counts, and the away notice while it runs. */
  endorsements: endorsementCountsSchema.optional(),
  away: awayBannerSchema.optional(),
  /** "Mentored N therapists": distinct mentees, shown only when the mentor opted in (mentorship). */
  mentored: z.number().int().optional(),
});
export type Profile = z.infer<typeof profileSchema>;

export { splitOwnItems, yearsInPractice };

// The licence number is on a member's own profile only: every view of a profile for someone else
// (the JSON profile view, the public /p/<slug> page) leaves it out, through this one function.
export function withoutPrivateFields<T extends { licenseNumber?: unknown }>(profile: T): Omit<T, 'licenseNumber'> {
  const { licenseNumber: _private, ...shown } = profile;
  return shown;
}
