// The create-offer form: what it holds (numbers may be half-typed), what POST /api/offers takes,
// and the same checks the server makes (the contract's offerCreateSchema).
import type { OfferCreateInput } from '../../../contracts/offers.ts';
import { offerLimits, type OfferKind } from '../../../contracts/offer-words.ts';
import { today } from '../../components/dates.ts';
import { checkWith } from '../../components/schema-problems.ts';

export type OfferFormValues = {
  kind: OfferKind;
  minutes: number | string;
  percent: number | string;
  description: string;
  title: string;
  terms: string;
  validFrom: string;
  validUntil: string;
  maxIssued: number | string;
};

export const initialOfferValues = (): OfferFormValues => ({
  kind: 'free-session',
  minutes: offerLimits.minutes.default,
  percent: 25,
  description: '',
  title: '',
  terms: '',
  validFrom: today(),
  validUntil: today(90),
  maxIssued: 25,
});

/** What the title box suggests for each kind, until the person writes their own. */
export const titleHints: Record<OfferKind, string> = {
  'free-session': 'A complimentary massage to get to know my work',
  'percent-off': 'An introductory discount for colleagues',
  'free-gift': 'A welcome gift for a new colleague',
};

const numberOf = (value: number | string) => (value === '' ? Number.NaN : Number(value));

export function toCreateInput(values: OfferFormValues): OfferCreateInput {
  const common = {
    title: values.title,
    terms: values.terms,
    validFrom: values.validFrom,
    validUntil: values.validUntil,
    maxIssued: numberOf(values.maxIssued),
  };
  switch (values.kind) {
    case 'free-session':
      return { kind: 'free-session', minutes: numberOf(values.minutes), ...common };
    case 'percent-off':
      return { kind: 'percent-off', percent: numberOf(values.percent), ...common };
    case 'free-gift':
      return { kind: 'free-gift', description: values.description, ...common };
  }
}

/** Field → first problem (as the server words it); the contract's schema loads on first use. */
export const offerCheck = checkWith(
  () => import('../../../contracts/offers.ts').then((module) => module.offerCreateSchema),
  toCreateInput,
  'title',
);
