// The consent form's values and the body POST /api/clients/{id}/consents takes, checked with the
// shared schema so the form refuses what the server would.
import type { ConsentCreateInput, ShareScope, SharedWithInput } from '../../../contracts/clients.ts';
import type { Profession } from '../../../contracts/taxonomy.ts';
import { today } from '../../components/dates.ts';
import { checkWith } from '../../components/schema-problems.ts';
import { renamedCheck } from '../../components/renamed-check.ts';

export type SharedWithKind = SharedWithInput['kind'];

export type ConsentFormValues = {
  scope: ShareScope[];
  kind: SharedWithKind;
  profileSlug: string;
  contactId: string;
  profession: Profession | '';
  method: ConsentCreateInput['method'];
  witnessName: string;
  givenOn: string;
  expiresOn: string;
  note: string;
};

export const emptyConsent = (): ConsentFormValues => ({
  scope: ['reason', 'observations'],
  kind: 'any-referral',
  profileSlug: '',
  contactId: '',
  profession: '',
  method: 'signed-online',
  witnessName: '',
  givenOn: today(),
  expiresOn: '',
  note: '',
});

function sharedWithOf(values: ConsentFormValues): SharedWithInput {
  switch (values.kind) {
    case 'member':
      return { kind: 'member', profileSlug: values.profileSlug };
    case 'contact':
      return { kind: 'contact', contactId: values.contactId };
    case 'profession':
      return { kind: 'profession', profession: values.profession as Profession };
    case 'any-referral':
      return { kind: 'any-referral' };
  }
}

/** The day the consent was given, at this moment of that day when it is today (else local noon). */
function givenAtOf(day: string): string | undefined {
  if (!day) return undefined;
  if (day === today()) return new Date().toISOString();
  const noon = new Date(`${day}T12:00:00`);
  return Number.isNaN(noon.getTime()) ? undefined : noon.toISOString();
}

export const toConsentInput = (values: ConsentFormValues): ConsentCreateInput => ({
  scope: values.scope,
  sharedWith: sharedWithOf(values),
  method: values.method,
  witnessName: values.method === 'verbal-witnessed' ? values.witnessName : '',
  givenAt: givenAtOf(values.givenOn),
  expiresOn: values.expiresOn || undefined,
  note: values.note,
});

/** The chosen recipient's own box needs a choice before the schema has a say. */
export function recipientProblems(values: ConsentFormValues): Record<string, string> | null {
  if (values.kind === 'member' && !values.profileSlug) return { profileSlug: 'Choose the member' };
  if (values.kind === 'contact' && !values.contactId) return { contactId: 'Choose the professional' };
  if (values.kind === 'profession' && !values.profession) return { profession: 'Choose the profession' };
  return null;
}

/** Field → first problem, in the server's words, on the box the member filled in. */
export const consentCheck = renamedCheck(
  checkWith(
    () => import('../../../contracts/clients.ts').then((contract) => contract.consentCreateSchema),
    toConsentInput,
    'scope',
  ),
  { sharedWith: 'kind', givenAt: 'givenOn' },
);
