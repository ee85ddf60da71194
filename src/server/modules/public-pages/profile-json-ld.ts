// schema.org description of a profile for search engines: the person, and the practice they work
// at (with address and coordinates) as the matching kind of local business.
import type { Profile } from '../../../contracts/profile.ts';
import { publicContactOf } from '../../../contracts/public-contact.ts';
import { modalities, professions, specialties, type Profession } from '../../../contracts/taxonomy.ts';

// The closest schema.org type per profession; LocalBusiness when nothing fits better.
const businessType: Record<Profession, string> = {
  'massage-therapist': 'MedicalBusiness',
  chiropractor: 'MedicalBusiness',
  physiotherapist: 'Physiotherapy',
  physician: 'Physician',
  dentist: 'Dentist',
  lawyer: 'LegalService',
  'chamber-member': 'LocalBusiness',
  naturopath: 'MedicalBusiness',
  acupuncturist: 'MedicalBusiness',
  'personal-trainer': 'HealthAndBeautyBusiness',
  psychotherapist: 'MedicalBusiness',
  other: 'LocalBusiness',
};

const absolute = (base: string, url: string | null) => (url ? `${base}${url}` : undefined);

export function profileJsonLd(profile: Omit<Profile, 'licenseNumber'>, pageUrl: string, publicUrl: string) {
  const personId = `${pageUrl}#person`;
  const businessId = `${pageUrl}#practice`;
  const address = {
    '@type': 'PostalAddress',
    streetAddress: profile.street || undefined,
    addressLocality: profile.city || undefined,
    addressRegion: profile.region || undefined,
    postalCode: profile.postalCode || undefined,
    addressCountry: profile.country,
  };
  const person = {
    '@type': 'Person',
    '@id': personId,
    name: profile.displayName,
    url: pageUrl,
    jobTitle: professions[profile.profession],
    image: absolute(publicUrl, profile.photoUrl),
    honorificSuffix: profile.credentials.length > 0 ? profile.credentials.join(', ') : undefined,
    alumniOf: profile.school ? { '@type': 'EducationalOrganization', name: profile.school } : undefined,
    knowsAbout: [
      ...profile.specialties.map((key) => specialties[key]),
      ...profile.modalities.map((key) => modalities[key]),
    ],
    knowsLanguage: profile.languages.length > 0 ? profile.languages : undefined,
    worksFor: { '@id': businessId },
  };
  const business = {
    '@type': businessType[profile.profession],
    '@id': businessId,
    name: profile.practiceName || profile.displayName,
    url: profile.website || pageUrl,
    logo: absolute(publicUrl, profile.logoUrl),
    image: absolute(publicUrl, profile.logoUrl ?? profile.photoUrl),
    telephone: publicContactOf(profile).phone || undefined,
    email: publicContactOf(profile).email || undefined,
    address,
    geo: profile.location
      ? { '@type': 'GeoCoordinates', latitude: profile.location.lat, longitude: profile.location.lng }
      : undefined,
    employee: { '@id': personId },
  };
  // JSON.stringify drops the undefined fields, so absent facts are simply not claimed.
  return { '@context': 'https://schema.org', '@graph': [person, business] };
}
