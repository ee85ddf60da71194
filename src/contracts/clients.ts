// A therapist's private client list and the client's consent records: one schema for the forms and
// /api/clients. What a consent may cover (its scope) is the vocabulary a referral's packet uses.
import { z } from 'zod';
import { isoDate, isoDateTime, line, optionalEmail, optionalPhone, text } from './fields.ts';
import { keysOf, professions } from './taxonomy.ts';
import { calendarDay } from './time.ts';
import { shareScopes, type ShareScope } from './share-scopes.ts';

export { shareScopes, type ShareScope };
export const shareScopeSchema = z.enum(keysOf(shareScopes));

export const consentMethods = {
  'signed-online': 'Signed online',
  written: 'Written (on paper)',
  'verbal-witnessed': 'Verbal, with a witness',
} as const;
export type ConsentMethod = keyof typeof consentMethods;

const pastDay = isoDate.refine((day) => day <= calendarDay(), 'must not be in the future');

export const clientInputSchema = z
  .object({
    name: line(120).min(1, 'is required'),
    email: optionalEmail,
    phone: optionalPhone,
    /** YYYY-MM-DD, not in the future; null when unknown. */
    dateOfBirth: pastDay.nullable(),
    /** Clinical free text; encrypted at rest. */
    notes: text(20_000),
  })
  .strict();
/** POST /api/clients: only the name is required. */
export const clientCreateSchema = clientInputSchema.partial().required({ name: true }).strict();
/** PATCH /api/clients/{id}: any subset; `archived: true` archives the client, false restores them. */
export const clientUpdateSchema = clientInputSchema.partial().extend({ archived: z.boolean().optional() }).strict();
export type ClientCreate = z.infer<typeof clientCreateSchema>;
export type ClientUpdate = z.infer<typeof clientUpdateSchema>;

export const clientSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  dateOfBirth: z.string().nullable(),
  notes: z.string(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof clientSchema>;

/** A row of my client list: no clinical text, so listing is not a read of anyone's record. */
export const clientSummarySchema = clientSchema
  .pick({ id: true, name: true, archivedAt: true, createdAt: true, updatedAt: true })
  .extend({
    activeConsents: z.number().int(),
  });
export type ClientSummary = z.infer<typeof clientSummarySchema>;
export const clientListQuerySchema = z.object({
  q: z.string().trim().max(120).optional(),
  /** Include archived clients (default: only current ones). */
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});
export const clientListSchema = z.object({ items: z.array(clientSummarySchema) });

/** Who a consent lets the therapist share with. */
export const sharedWithInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), profileSlug: z.string().trim().min(1, 'is required').max(80) }).strict(),
  z.object({ kind: z.literal('contact'), contactId: z.uuid('must be a contact id') }).strict(),
  z.object({ kind: z.literal('profession'), profession: z.enum(keysOf(professions)) }).strict(),
  z.object({ kind: z.literal('any-referral') }).strict(),
]);
export type SharedWithInput = z.infer<typeof sharedWithInputSchema>;
/** As shown: a member or contact also carries the name to display (empty if since removed). */
export const sharedWithSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), profileSlug: z.string(), displayName: z.string() }),
  z.object({ kind: z.literal('contact'), contactId: z.string(), displayName: z.string() }),
  z.object({ kind: z.literal('profession'), profession: z.string() }),
  z.object({ kind: z.literal('any-referral') }),
]);
export type SharedWith = z.infer<typeof sharedWithSchema>;

export const consentCreateSchema = z
  .object({
    scope: z.array(shareScopeSchema).min(1, 'must include at least one part to share').max(4),
    sharedWith: sharedWithInputSchema,
    method: z.enum(keysOf(consentMethods)),
    /** Required when the method is verbal-witnessed. */
    witnessName: line(120).default(''),
    /** When the client gave consent (ISO date-time); default now; not in the future. */
    givenAt: isoDateTime().optional(),
    /** The last day the consent holds (inclusive). */
    expiresOn: isoDate.optional(),
    note: text(2000).default(''),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.method === 'verbal-witnessed' && !body.witnessName)
      ctx.addIssue({ code: 'custom', path: ['witnessName'], message: 'is required for verbal consent' });
    if (new Set(body.scope).size !== body.scope.length)
      ctx.addIssue({ code: 'custom', path: ['scope'], message: 'must not list a part twice' });
  });
export type ConsentCreate = z.infer<typeof consentCreateSchema>;
export type ConsentCreateInput = z.input<typeof consentCreateSchema>;

/**
 * GET /api/clients/{id}/consents: with one of memberSlug / contactId, only the consents that would
 * let a referral to that recipient go ahead (active and covering them) — what the referral form shows.
 */
export const consentListQuerySchema = z
  .object({
    memberSlug: z.string().trim().min(1).max(80).optional(),
    contactId: z.uuid('must be a contact id').optional(),
  })
  .refine((query) => !(query.memberSlug && query.contactId), {
    path: ['memberSlug'],
    message: 'cannot be given together with a contact',
  });
export type ConsentListQuery = z.infer<typeof consentListQuerySchema>;

export const consentWithdrawSchema = z.object({ reason: text(1000).default('') }).strict();

export const consentStatuses = ['active', 'expired', 'withdrawn'] as const;
export const consentSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  scope: z.array(shareScopeSchema),
  sharedWith: sharedWithSchema,
  method: z.enum(keysOf(consentMethods)),
  witnessName: z.string(),
  givenAt: z.string(),
  expiresOn: z.string().nullable(),
  note: z.string(),
  status: z.enum(consentStatuses),
  withdrawnAt: z.string().nullable(),
  withdrawalReason: z.string(),
  createdAt: z.string(),
});
export type Consent = z.infer<typeof consentSchema>;
export const consentListSchema = z.object({ items: z.array(consentSchema) });

/** The minimum-necessary packet: only the parts chosen and consented to. */
export const clientPacketSchema = z.object({
  shared: z.array(shareScopeSchema),
  identity: z
    .object({ name: z.string(), dateOfBirth: z.string().nullable(), email: z.string(), phone: z.string() })
    .optional(),
  history: z.object({ notes: z.string() }).optional(),
});
export type ClientPacket = z.infer<typeof clientPacketSchema>;

export const accessLogEntrySchema = z.object({
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  referralId: z.string().nullable(),
});
export const accessLogSchema = z.object({ items: z.array(accessLogEntrySchema) });
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;
