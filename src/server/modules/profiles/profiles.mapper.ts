import type { Profile } from '../../../contracts/profile.ts';
import { splitOwnItems, yearsInPractice, type ProfileUpdate } from '../../../contracts/profile.ts';
import { modalities, professions, specialties } from '../../../contracts/taxonomy.ts';
import type { ProfileRow } from './profiles.repository.ts';
import { mediaUrl } from '../../../contracts/app-paths.ts';

type Narrow<K extends keyof Profile> = Profile[K];

export function toProfile(row: ProfileRow): Profile {
  return {
    slug: row.slug,
    displayName: row.displayName,
    profession: row.profession as Narrow<'profession'>,
    credentials: row.credentials,
    licenseNumber: row.licenseNumber,
    licenseRegion: row.licenseRegion,
    school: row.school,
    graduationYear: row.graduationYear,
    associations: row.associations as Narrow<'associations'>,
    associationsOther: row.associationsOther,
    specialties: row.specialties as Narrow<'specialties'>,
    // Split on read too: values saved before the list rule were one line ("Whiplash, runners").
    specialtiesOther: splitOwnItems(row.specialtiesOther),
    modalities: row.modalities as Narrow<'modalities'>,
    modalitiesOther: splitOwnItems(row.modalitiesOther),
    firstYearInPractice: row.firstYearInPractice,
    yearsInPractice: yearsInPractice(row.firstYearInPractice),
    treatmentGoals: row.treatmentGoals,
    howMyWorkHelps: row.howMyWorkHelps,
    history: row.history,
    hobbies: row.hobbies,
    practiceName: row.practiceName,
    street: row.street,
    city: row.city,
    region: row.region,
    postalCode: row.postalCode,
    country: row.country as Narrow<'country'>,
    timeZone: row.timeZone,
    phone: row.phone,
    publicEmail: row.publicEmail,
    website: row.website,
    practiceSettings: row.practiceSettings as Narrow<'practiceSettings'>,
    workArrangement: row.workArrangement as Narrow<'workArrangement'>,
    acceptingReferrals: row.acceptingReferrals,
    openToTrades: row.openToTrades,
    offeringMentorship: row.offeringMentorship,
    seekingMentor: row.seekingMentor,
    languages: row.languages,
    visibility: row.visibility as Narrow<'visibility'>,
    logoUrl: mediaUrl(row.logoFile),
    photoUrl: mediaUrl(row.photoFile),
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    onboarded: row.onboardedAt !== null,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** A profile update as the row stores it: the member's own list items kept as one comma-separated text. */
export function toProfileWrite(patch: ProfileUpdate) {
  const { specialtiesOther, modalitiesOther, ...rest } = patch;
  return {
    ...rest,
    ...(specialtiesOther ? { specialtiesOther: specialtiesOther.join(', ') } : {}),
    ...(modalitiesOther ? { modalitiesOther: modalitiesOther.join(', ') } : {}),
  };
}

/** Words the directory's typo-tolerant search matches against. */
export function searchTextOf(
  row: Pick<
    ProfileRow,
    | 'displayName'
    | 'practiceName'
    | 'city'
    | 'region'
    | 'profession'
    | 'specialties'
    | 'modalities'
    | 'specialtiesOther'
    | 'modalitiesOther'
    | 'credentials'
  >,
) {
  const label = (table: Record<string, string>, key: string) => table[key] ?? key;
  return [
    row.displayName,
    row.practiceName,
    row.city,
    row.region,
    label(professions, row.profession),
    ...row.specialties.map((key) => label(specialties, key)),
    ...row.modalities.map((key) => label(modalities, key)),
    row.specialtiesOther,
    row.modalitiesOther,
    ...row.credentials,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}
