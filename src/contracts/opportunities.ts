// The opportunities board: typed posts (a job, a room to rent, a gig, a cover shift, a couples-massage
// partner, research, volunteering), search near a postal code, saved searches with email alerts.
// Schemas for /api/opportunities (server) and its screens (web). One post shape with a `kind` and
// per-kind `details`, checked by a discriminated union (docs/decisions/028-opportunity-kinds.md).
import { z } from 'zod';
import { isoDate, line, tags, text } from './fields.ts';
import { memberCardSchema } from './member-card.ts';
import { postalCodePattern } from './profile.ts';
import { keysOf } from './taxonomy.ts';
import { opportunityKinds, payPeriods } from './opportunity-words.ts';

export { opportunityKinds, payPeriods, type OpportunityKind } from './opportunity-words.ts';

const postalCode = z
  .string()
  .trim()
  .regex(postalCodePattern, 'must be a US ZIP (12345) or Canadian postal code (A1A 1A1)');
const cents = z.number().int('must be whole cents').min(0, 'must not be negative').max(100_000_000, 'is too large');

export const paySchema = z
  .object({
    amountCents: cents,
    currency: z.enum(['USD', 'CAD']).default('USD'),
    per: z.enum(keysOf(payPeriods)),
  })
  .strict();
export type Pay = z.infer<typeof paySchema>;

// What each kind adds. Every detail is optional beyond what the kind is about.
const detailsByKind = {
  job: z
    .object({
      employment: z.enum(['employee', 'contractor']),
      hours: line(120).optional(),
      organization: line(120).optional(),
    })
    .strict(),
  room: z
    .object({
      arrangement: z.enum(['rent', 'share']),
      per: z.enum(['hour', 'day', 'month']),
      priceCents: cents.optional(),
      amenities: tags(12, 60).default([]),
    })
    .strict(),
  event: z.object({ venue: line(120).optional() }).strict(),
  'cover-shift': z
    .object({ awayId: z.uuid('must be one of your away periods').optional(), shifts: line(200).optional() })
    .strict(),
  'couples-massage': z.object({ place: line(120).optional() }).strict(),
  research: z
    .object({ seeking: z.enum(['participants', 'collaborators']), institution: line(120).optional() })
    .strict(),
  volunteer: z
    .object({
      organization: line(120).optional(),
      spots: z.number().int('must be a whole number').min(1).max(10_000).optional(),
    })
    .strict(),
} as const;
export const opportunityDetailsSchemas = detailsByKind;

const common = {
  title: line(120).min(3, 'must be at least 3 characters'),
  description: text(5000).min(1, 'must not be empty'),
  postalCode: postalCode.optional(),
  remote: z.boolean().default(false),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  expiresOn: isoDate,
  pay: paySchema.optional(),
};

const variant = <Kind extends keyof typeof detailsByKind>(kind: Kind) =>
  z.object({ kind: z.literal(kind), ...common, details: detailsByKind[kind] }).strict();

type Dated = { startsOn?: string | undefined; endsOn?: string | undefined; postalCode?: string | undefined };
/** The rules across fields, the same for a new post and an edit. */
export function checkDates(value: Dated & { remote?: boolean | undefined }, ctx: z.RefinementCtx, creating: boolean) {
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must be on or after the start date' });
  if (creating && !value.postalCode && !value.remote)
    ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'is needed unless the post is remote' });
}

export const opportunityCreateSchema = z
  .discriminatedUnion('kind', [
    variant('job'),
    variant('room'),
    variant('event'),
    variant('cover-shift'),
    variant('couples-massage'),
    variant('research'),
    variant('volunteer'),
  ])
  .superRefine((value, ctx) => checkDates(value, ctx, true));
export type OpportunityCreate = z.infer<typeof opportunityCreateSchema>;

/** An edit: any of the common fields; `details` replaces the kind's details whole (checked against the post's kind). */
export const opportunityUpdateSchema = z
  .object({
    title: common.title.optional(),
    description: common.description.optional(),
    postalCode: postalCode.nullable().optional(),
    remote: z.boolean().optional(),
    startsOn: isoDate.nullable().optional(),
    endsOn: isoDate.nullable().optional(),
    expiresOn: isoDate.optional(),
    pay: paySchema.nullable().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type OpportunityUpdate = z.infer<typeof opportunityUpdateSchema>;

export const opportunityStatuses = ['open', 'closed', 'archived'] as const;
export type OpportunityStatus = (typeof opportunityStatuses)[number];

export const opportunitySchema = z.object({
  id: z.uuid(),
  kind: z.enum(keysOf(opportunityKinds)),
  title: z.string(),
  description: z.string(),
  postalCode: z.string().nullable(),
  /** "Portland, OR" from the postal code. */
  place: z.string().nullable(),
  remote: z.boolean(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  expiresOn: z.string(),
  pay: paySchema.nullable(),
  details: z.record(z.string(), z.unknown()),
  status: z.enum(opportunityStatuses),
  /** Hidden by a moderator: only its author (and admins) still see it, marked so. */
  hidden: z.boolean(),
  author: memberCardSchema.nullable(),
  mine: z.boolean(),
  createdAt: z.string(),
  /** From the searched postal code, in the search's unit; null for a remote post or without `near`. */
  distance: z.number().nullable(),
});
export type Opportunity = z.infer<typeof opportunitySchema>;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const opportunityQuerySchema = z
  .object({
    near: postalCode.optional(),
    radius: z.coerce.number().positive('must be positive').max(500, 'must be at most 500').optional(),
    unit: z.enum(['mi', 'km']).default('mi'),
    kind: z.enum(keysOf(opportunityKinds)).optional(),
    q: line(100).optional(),
    /** With `near`: remote posts too (after the nearby ones). Without `near` every post is listed anyway. */
    remote: flag.optional(),
    page: z.coerce.number().int().min(1).max(500).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type OpportunityQuery = z.infer<typeof opportunityQuerySchema>;

export const opportunityListSchema = z.object({
  items: z.array(opportunitySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Whether another page follows (no total is counted: it would cost more than the page). */
  hasMore: z.boolean(),
  unit: z.enum(['mi', 'km']),
  origin: z.object({ label: z.string() }).nullable(),
});
export type OpportunityList = z.infer<typeof opportunityListSchema>;

export const myOpportunitiesSchema = z.object({ items: z.array(opportunitySchema) });

export const opportunityReplySchema = z.object({ body: text(3500).min(1, 'must not be empty') }).strict();
export const opportunityReplyResultSchema = z.object({ conversationId: z.uuid() });

export const alertFrequencies = ['instant', 'daily'] as const;
export const savedSearchCreateSchema = z
  .object({
    near: postalCode.optional(),
    radius: z.number().positive('must be positive').max(500, 'must be at most 500').optional(),
    unit: z.enum(['mi', 'km']).default('mi'),
    kind: z.enum(keysOf(opportunityKinds)).optional(),
    q: line(100).optional(),
    remote: z.boolean().default(false),
    frequency: z.enum(alertFrequencies).default('instant'),
  })
  .strict();
export type SavedSearchCreate = z.infer<typeof savedSearchCreateSchema>;

export const savedSearchSchema = z.object({
  id: z.uuid(),
  near: z.string().nullable(),
  radius: z.number().nullable(),
  unit: z.enum(['mi', 'km']),
  kind: z.enum(keysOf(opportunityKinds)).nullable(),
  q: z.string().nullable(),
  remote: z.boolean(),
  frequency: z.enum(alertFrequencies),
  createdAt: z.string(),
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;
export const savedSearchListSchema = z.object({ items: z.array(savedSearchSchema) });
