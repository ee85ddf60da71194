// How a member may be reached, as they chose to show it: the one source for letterheads, letters,
// certificates and public pages. Only what the member typed into their profile appears here — the
// sign-in email is an account detail they never offered as a contact, so it is never a fallback.
import type { Profile } from './profile.ts';

export type PublicContact = {
  /** "City, ST ZIP", the empty parts left out. */
  place: string;
  street: string;
  phone: string;
  /** The public email the member entered, or '' (never the sign-in email). */
  email: string;
  website: string;
};

export function publicContactOf(
  profile: Pick<Profile, 'street' | 'city' | 'region' | 'postalCode' | 'phone' | 'publicEmail' | 'website'>,
): PublicContact {
  return {
    place: [profile.city, [profile.region, profile.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    street: profile.street,
    phone: profile.phone,
    email: profile.publicEmail,
    website: profile.website,
  };
}

/** "City, ST ZIP | phone | email" for a letterhead, the empty parts left out. */
export const contactLineOf = (contact: PublicContact) =>
  [contact.place, contact.phone, contact.email].filter(Boolean).join(' | ');
