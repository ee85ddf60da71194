// A consent in words: who it lets me share with and what, as the client page and the referral form
// say it. Zod-free, so the screens that only show consents stay small.
import type { Consent, SharedWith, ShareScope } from '../../../contracts/clients.ts';
import { professions } from '../../../contracts/taxonomy.ts';

export const scopeLabels: Record<ShareScope, string> = {
  identity: 'Name, date of birth and contact details',
  reason: 'The reason for the referral',
  observations: 'What I did and observed',
  history: 'Relevant history and notes',
};

/** A label inside a sentence: "The reason for the referral" → "the reason for the referral" (but "I" stays "I"). */
export const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

export const methodLabels: Record<Consent['method'], string> = {
  'signed-online': 'Signed online',
  written: 'Written (on paper)',
  'verbal-witnessed': 'Verbal, with a witness',
};

export function sharedWithWords(sharedWith: SharedWith): string {
  switch (sharedWith.kind) {
    case 'member':
      return sharedWith.displayName || 'a member who has since left';
    case 'contact':
      return sharedWith.displayName
        ? `${sharedWith.displayName} (one of my professionals)`
        : 'a professional since removed from my list';
    case 'profession':
      return `any ${((professions as Record<string, string>)[sharedWith.profession] ?? sharedWith.profession).toLowerCase()}`;
    case 'any-referral':
      return 'anyone I refer them to';
  }
}

export const statusLooks: Record<Consent['status'], { label: string; color: string }> = {
  active: { label: 'Active', color: 'sage' },
  expired: { label: 'Expired', color: 'gray' },
  withdrawn: { label: 'Withdrawn', color: 'red' },
};
