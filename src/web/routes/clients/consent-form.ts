// The consent form's values and the body POST /api/clients/{id}/consents takes, checked with the
// shared schema so the form refuses what the server would.
import {
  consentCreateSchema,
  type ConsentCreateInput,
  type ShareScope,
  type SharedWithInput,
} from '../../../contracts/clients.ts';
import type { Profession } from '../../../contracts/taxonomy.ts';
import { today } from '../../components/dates.ts';
import { withSubject } from '../../../contracts/field-labels.ts';

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

const fieldOf: Record<string, keyof ConsentFormValues> = { sharedWith: 'kind', givenAt: 'givenOn' };

/** Field → first problem, in the server's words; the chosen recipient's own box gets its problem. */
export function problemsIn(values: ConsentFormValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (values.kind === 'member' && !values.profileSlug) problems.profileSlug = 'Choose the member';
  if (values.kind === 'contact' && !values.contactId) problems.contactId = 'Choose the professional';
  if (values.kind === 'profession' && !values.profession) problems.profession = 'Choose the profession';
  if (Object.keys(problems).length > 0) return problems;
  const parsed = consentCreateSchema.safeParse(toConsentInput(values));
  if (parsed.success) return problems;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    const field = fieldOf[key] ?? key;
    problems[field] ??= withSubject(field, issue.message);
  }
  return problems;
}
