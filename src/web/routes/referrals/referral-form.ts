// The new-referral form: what it holds, which consent covers the chosen recipient (the same rule
// the server applies), and the body POST /api/referrals takes.
import type { useForm } from '../../components/use-form.ts';
import type { Consent, ShareScope } from '../../../contracts/clients.ts';
import type { ReferralCreateInput, ReferralUrgency } from '../../../contracts/referrals.ts';
import { deferredCheck } from '../../components/deferred-check.ts';

export type RecipientKind = 'member' | 'contact';

export type ReferralFormValues = {
  clientId: string;
  consentId: string;
  recipientKind: RecipientKind;
  toMemberSlug: string;
  toContactId: string;
  /** The chosen recipient's name and profession, kept to say which consent covers them. */
  recipientName: string;
  recipientProfession: string;
  /** Cover for an away member: send to this colleague instead. */
  redirectToCover: string;
  reasonClinical: string;
  reasonPlain: string;
  urgency: ReferralUrgency;
  whatIDid: string;
  observations: string;
  share: ShareScope[];
  specialty: string;
};

export type ReferralFormApi = Pick<
  ReturnType<typeof useForm<ReferralFormValues>>,
  'values' | 'errors' | 'setFieldValue' | 'setValues' | 'getInputProps'
>;

export const initialReferral = (clientId: string): ReferralFormValues => ({
  clientId,
  consentId: '',
  recipientKind: 'member',
  toMemberSlug: '',
  toContactId: '',
  recipientName: '',
  recipientProfession: '',
  redirectToCover: '',
  reasonClinical: '',
  reasonPlain: '',
  urgency: 'routine',
  whatIDid: '',
  observations: '',
  share: [],
  specialty: '',
});

export const hasRecipient = (values: ReferralFormValues) =>
  values.recipientKind === 'member' ? !!values.toMemberSlug : !!values.toContactId;

/** Whether an active consent lets me share with the chosen recipient. */
export function covers(consent: Consent, values: ReferralFormValues): boolean {
  if (consent.status !== 'active' || !hasRecipient(values)) return false;
  const { sharedWith } = consent;
  switch (sharedWith.kind) {
    case 'any-referral':
      return true;
    case 'profession':
      return sharedWith.profession === values.recipientProfession;
    case 'member':
      return (
        values.recipientKind === 'member' && sharedWith.profileSlug === (values.redirectToCover || values.toMemberSlug)
      );
    case 'contact':
      return values.recipientKind === 'contact' && sharedWith.contactId === values.toContactId;
  }
}

/** The most specific consent first: one naming the recipient, then their profession, then "anyone". */
const specificity: Record<Consent['sharedWith']['kind'], number> = {
  member: 0,
  contact: 0,
  profession: 1,
  'any-referral': 2,
};
export const coveringConsents = (consents: Consent[], values: ReferralFormValues) =>
  consents
    .filter((consent) => covers(consent, values))
    .sort((a, b) => specificity[a.sharedWith.kind] - specificity[b.sharedWith.kind]);

/** The minimum necessary to start with: the reason and what I observed, where the consent allows them. */
export const defaultShare = (consent: Consent): ShareScope[] =>
  consent.scope.filter((scope) => scope === 'reason' || scope === 'observations');

export function toCreateInput(values: ReferralFormValues): ReferralCreateInput {
  const to =
    values.recipientKind === 'member'
      ? {
          toMemberSlug: values.toMemberSlug,
          ...(values.redirectToCover ? { redirectToCover: values.redirectToCover } : {}),
        }
      : { toContactId: values.toContactId };
  return {
    clientId: values.clientId,
    consentId: values.consentId,
    ...to,
    reasonClinical: values.reasonClinical.trim(),
    reasonPlain: values.reasonPlain.trim(),
    urgency: values.urgency,
    whatIDid: values.whatIDid.trim(),
    observations: values.observations.trim(),
    share: values.share,
    specialty: values.specialty,
  };
}

/** What must be there before sending: the contract's checks and the pickers' choices, loaded whole on first use (referral-check.ts). */
export const referralCheck = deferredCheck<ReferralFormValues>(() =>
  import('./referral-check.ts').then((module) => module.referralCheckNow),
);

export function pickerProblems(values: ReferralFormValues, problems: Record<string, string>): Record<string, string> {
  delete problems.clientId;
  delete problems.consentId;
  delete problems.toMemberSlug;
  delete problems.toContactId;
  if (!values.clientId) problems.clientId = 'Choose the client';
  if (!hasRecipient(values))
    problems[values.recipientKind === 'member' ? 'toMemberSlug' : 'toContactId'] = 'Choose who to refer to';
  else if (!values.consentId) problems.consentId = 'No consent covers this recipient';
  return problems;
}
