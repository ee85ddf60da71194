// The profile form's values, its sections (shared by the onboarding wizard and the editor), and the
// conversions between what a form holds (numbers typed as text) and what PUT /api/me/profile takes.
import type { Profile, ProfileInput, ProfileUpdate } from '../../../contracts/profile.ts';
import { yearsInPractice } from '../../../contracts/profile-words.ts';
import type { PublicProfile } from '../../api/profile.ts';
import { withSubject } from '../../../contracts/field-labels.ts';
import { checkWith } from '../../components/schema-problems.ts';

export type FieldName = keyof ProfileInput;
export type ProfileFormValues = Omit<ProfileInput, 'graduationYear' | 'firstYearInPractice' | 'workArrangement'> & {
  graduationYear: number | string;
  firstYearInPractice: number | string;
  workArrangement: string | null;
};

export type SectionKey =
  'about' | 'training' | 'specialties' | 'story' | 'practice' | 'availability' | 'images' | 'visibility';
export type Section = { key: SectionKey; label: string; intro: string; fields: FieldName[] };

export const sections: Section[] = [
  {
    key: 'about',
    label: 'About you',
    intro: 'Your name, profession and the credentials colleagues look for.',
    fields: ['displayName', 'profession', 'credentials', 'licenseNumber', 'licenseRegion'],
  },
  {
    key: 'training',
    label: 'Training',
    intro: 'Where you trained, the associations you belong to, and how long you have practised.',
    fields: ['school', 'graduationYear', 'associations', 'associationsOther', 'firstYearInPractice'],
  },
  {
    key: 'specialties',
    label: 'Specialties',
    intro: 'What you treat and how. Pick from the list, and add your own.',
    fields: ['specialties', 'specialtiesOther', 'modalities', 'modalitiesOther'],
  },
  {
    key: 'story',
    label: 'Your story',
    intro: 'In your own words: what a referring professional should know about your work.',
    fields: ['treatmentGoals', 'howMyWorkHelps', 'history', 'hobbies'],
  },
  {
    key: 'practice',
    label: 'Practice',
    intro: 'Where colleagues can find and reach you. Your postal code places you in the directory and on the map.',
    fields: [
      'practiceName',
      'street',
      'city',
      'region',
      'postalCode',
      'country',
      'timeZone',
      'phone',
      'publicEmail',
      'website',
      'practiceSettings',
      'workArrangement',
      'languages',
    ],
  },
  {
    key: 'availability',
    label: 'Availability',
    intro: 'Tell colleagues what you are open to right now. You can change it any time.',
    fields: ['acceptingReferrals', 'openToTrades', 'offeringMentorship', 'seekingMentor'],
  },
  {
    key: 'images',
    label: 'Logo & photo',
    intro: 'A logo and a friendly photo make your profile and letters look professional.',
    fields: [],
  },
  { key: 'visibility', label: 'Visibility', intro: 'Choose who can find your profile.', fields: ['visibility'] },
];

export const sectionOf = (field: string) => sections.find((section) => section.fields.includes(field as FieldName));

export function toFormValues(profile: Profile): ProfileFormValues {
  const {
    slug: _slug,
    yearsInPractice: _years,
    logoUrl: _logo,
    photoUrl: _photo,
    location: _location,
    onboarded: _onboarded,
    updatedAt: _updated,
    ...input
  } = profile;
  return {
    ...input,
    graduationYear: profile.graduationYear ?? '',
    firstYearInPractice: profile.firstYearInPractice ?? '',
    workArrangement: profile.workArrangement,
  };
}

const year = (value: number | string) => (value === '' || value === null ? null : Number(value));

/** The chosen fields of the form, as PUT /api/me/profile takes them. */
export function toUpdate(values: ProfileFormValues, fields: readonly FieldName[]): ProfileUpdate {
  const all: Record<string, unknown> = {
    ...values,
    graduationYear: year(values.graduationYear),
    firstYearInPractice: year(values.firstYearInPractice),
  };
  return Object.fromEntries(fields.map((field) => [field, all[field]]));
}

/** The same checks the server makes, before asking it (the schema loads on first use): field → first problem. */
export const profileCheck = checkWith<ProfileUpdate>(
  () => import('../../../contracts/profile.ts').then((module) => module.profileUpdateSchema),
  (patch) => patch,
  '',
  (field, issue) => withSubject(field, issue.message),
);

/** What the public page would show if the form were saved now: the live preview. */
export function previewOf(saved: Profile, values: ProfileFormValues): PublicProfile {
  const firstYear = year(values.firstYearInPractice);
  return {
    ...saved,
    ...values,
    graduationYear: year(values.graduationYear),
    firstYearInPractice: firstYear,
    yearsInPractice: firstYear !== null && Number.isFinite(firstYear) ? yearsInPractice(firstYear) : null,
    workArrangement: values.workArrangement as Profile['workArrangement'],
  };
}
