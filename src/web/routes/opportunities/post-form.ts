// The post form's values, the body POST /api/opportunities takes, and where a server problem about
// a body field lands on the form ('details.employment' → employment, 'pay.amountCents' → pay).
import type { OpportunityKind } from '../../../contracts/opportunity-words.ts';
import type { Opportunity, OpportunityCreate, OpportunityUpdate } from '../../api/opportunities.ts';
import { today } from '../../components/dates.ts';

export type PostFormValues = {
  kind: OpportunityKind;
  title: string;
  description: string;
  postalCode: string;
  remote: boolean;
  startsOn: string;
  endsOn: string;
  expiresOn: string;
  pay: string;
  payPer: 'hour' | 'session' | 'day' | 'week' | 'month' | 'year' | 'once';
  employment: 'employee' | 'contractor';
  hours: string;
  organization: string;
  arrangement: 'rent' | 'share';
  roomPer: 'hour' | 'day' | 'month';
  price: string;
  amenities: string;
  seeking: 'participants' | 'collaborators';
  /** A cover shift: which of my away periods it covers ('' for none), and the shifts in words. */
  awayId: string;
  shifts: string;
};

export const initialPostValues = (postalCode: string): PostFormValues => ({
  kind: 'job',
  title: '',
  description: '',
  postalCode,
  remote: false,
  startsOn: '',
  endsOn: '',
  expiresOn: today(30),
  pay: '',
  payPer: 'hour',
  employment: 'employee',
  hours: '',
  organization: '',
  arrangement: 'rent',
  roomPer: 'month',
  price: '',
  amenities: '',
  seeking: 'participants',
  awayId: '',
  shifts: '',
});

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const dollars = (cents: unknown) => (typeof cents === 'number' ? (cents / 100).toFixed(2) : '');

/** The form filled from a post, for its author's edit. */
export function valuesFromPost(post: Opportunity): PostFormValues {
  const initial = initialPostValues(post.postalCode ?? '');
  const details = post.details;
  const pick = <Value extends string>(value: unknown, fallback: Value) =>
    (typeof value === 'string' ? value : fallback) as Value;
  return {
    ...initial,
    kind: post.kind,
    title: post.title,
    description: post.description,
    remote: post.remote,
    startsOn: post.startsOn ?? '',
    endsOn: post.endsOn ?? '',
    expiresOn: post.expiresOn,
    pay: post.pay ? dollars(post.pay.amountCents) : '',
    payPer: post.pay?.per ?? initial.payPer,
    employment: pick(details.employment, initial.employment),
    hours: text(details.hours),
    organization: text(details.organization),
    arrangement: pick(details.arrangement, initial.arrangement),
    roomPer: pick(details.per, initial.roomPer),
    price: dollars(details.priceCents),
    amenities: Array.isArray(details.amenities) ? details.amenities.join(', ') : '',
    seeking: pick(details.seeking, initial.seeking),
    awayId: text(details.awayId),
    shifts: text(details.shifts),
  };
}

const cents = (dollars: string) => Math.round(Number(dollars) * 100);
const optional = (value: string) => (value.trim() ? value.trim() : undefined);

function detailsOf(values: PostFormValues): Record<string, unknown> {
  switch (values.kind) {
    case 'job':
      return {
        employment: values.employment,
        hours: optional(values.hours),
        organization: optional(values.organization),
      };
    case 'room':
      return {
        arrangement: values.arrangement,
        per: values.roomPer,
        priceCents: values.price.trim() ? cents(values.price) : undefined,
        amenities: values.amenities
          .split(',')
          .map((each) => each.trim())
          .filter(Boolean),
      };
    case 'research':
      return { seeking: values.seeking };
    case 'cover-shift':
      return { awayId: optional(values.awayId), shifts: optional(values.shifts) };
    case 'volunteer':
    case 'event':
    case 'couples-massage':
      return {};
  }
}

export function toPostBody(values: PostFormValues): OpportunityCreate {
  return {
    kind: values.kind,
    title: values.title,
    description: values.description,
    postalCode: optional(values.postalCode),
    remote: values.remote,
    startsOn: optional(values.startsOn),
    endsOn: optional(values.endsOn),
    expiresOn: values.expiresOn,
    pay:
      values.kind !== 'room' && values.pay.trim()
        ? { amountCents: cents(values.pay), currency: 'USD', per: values.payPer }
        : undefined,
    details: detailsOf(values),
  } as OpportunityCreate;
}

/** An edit sends every field: an emptied one is cleared (null), not left as it was. */
export function toUpdateBody(values: PostFormValues): OpportunityUpdate {
  const { kind: _kind, ...body } = toPostBody(values);
  return {
    ...body,
    postalCode: body.postalCode ?? null,
    startsOn: body.startsOn ?? null,
    endsOn: body.endsOn ?? null,
    pay: body.pay ?? null,
  };
}

const renamed: Record<string, string> = {
  'pay.amountCents': 'pay',
  'pay.per': 'payPer',
  'details.per': 'roomPer',
  'details.priceCents': 'price',
  'details.amenities': 'amenities',
};
export const postFieldOf = (path: string) => renamed[path] ?? (path.startsWith('details.') ? path.slice(8) : path);
