// How complete a profile is, as the checks a colleague reading it would notice missing.
import type { ProfileCheck } from '../../../contracts/home.ts';
import { profileChecks } from '../../../contracts/home.ts';
import type { Profile } from '../../../contracts/profile.ts';

const done: Record<ProfileCheck, (profile: Profile) => boolean> = {
  photo: (profile) => profile.photoUrl !== null || profile.logoUrl !== null,
  specialties: (profile) => profile.specialties.length > 0 || profile.specialtiesOther.length > 0,
  treatmentGoals: (profile) => profile.treatmentGoals !== '',
  howMyWorkHelps: (profile) => profile.howMyWorkHelps !== '',
  history: (profile) => profile.history !== '',
  training: (profile) => profile.school !== '' || profile.credentials.length > 0,
  practice: (profile) => profile.postalCode !== '' && (profile.practiceName !== '' || profile.city !== ''),
  contact: (profile) => profile.phone !== '' || profile.publicEmail !== '' || profile.website !== '',
};

export function profileCompleteness(profile: Profile) {
  const missing = profileChecks.filter((check) => !done[check](profile));
  return {
    slug: profile.slug,
    percent: Math.round(((profileChecks.length - missing.length) / profileChecks.length) * 100),
    missing,
  };
}
