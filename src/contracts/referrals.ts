// Referrals: one set of schemas for /api/referrals (server) and the referral screens (web). The
// closed loop's states and who may move a referral between them are data here, so the server's
// checks, the web's buttons and docs/referrals.md read the same table.
import { z } from 'zod';
import { isoDateTime, line, text } from './fields.ts';

export const referralUrgencies = ['routine', 'soon', 'urgent'] as const;
export type ReferralUrgency = (typeof referralUrgencies)[number];

export const referralStatuses = ['sent', 'accepted', 'declined', 'scheduled', 'seen', 'replied', 'returned'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export type ReferralTransitionTarget = Exclude<ReferralStatus, 'sent'>;

export type ReferralSide = 'recipient' | 'referrer';

/** to ← the one status it may come from, and which side moves it. Anything else is 409. */
export const referralTransitions: Record<ReferralTransitionTarget, { from: ReferralStatus; by: ReferralSide }> = {
  accepted: { from: 'sent', by: 'recipient' },
  declined: { from: 'sent', by: 'recipient' },
  scheduled: { from: 'accepted', by: 'recipient' },
  seen: { from: 'scheduled', by: 'recipient' },
  replied: { from: 'seen', by: 'recipient' },
  returned: { from: 'replied', by: 'referrer' },
};

export const okToResumeMassage = ['yes', 'no', 'with-precautions'] as const;
export type OkToResumeMassage = (typeof okToResumeMassage)[number];

const memberSlug = z.string().trim().min(1, 'is required').max(80);

/** POST /api/referrals: exactly one of toMemberSlug / toContactId. */
export const referralCreateSchema = z
  .object({
    clientId: z.uuid('must be a client id'),
    consentId: z.uuid('must be a consent id'),
    toMemberSlug: memberSlug.optional(),
    toContactId: z.uuid('must be a contact id').optional(),
    /** The recipient is away: send to this covering colleague instead (the consent must cover them). */
    redirectToCover: memberSlug.optional(),
    reasonClinical: text(4000).min(1, 'is required'),
    reasonPlain: text(4000).min(1, 'is required'),
    urgency: z.enum(referralUrgencies),
    whatIDid: text(4000).default(''),
    observations: text(4000).default(''),
    /** The parts of the client record to share (consent scopes); the minimum-necessary packet. */
    share: z.array(line(60).min(1)).max(20, 'must be at most 20 entries').default([]),
    specialty: line(80).default(''),
  })
  .strict()
  .superRefine((body, ctx) => {
    const targets = [body.toMemberSlug, body.toContactId].filter((value) => value !== undefined).length;
    if (targets !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['toMemberSlug'],
        message: 'is required: choose one member or one contact, not both',
      });
  });
export type ReferralCreate = z.infer<typeof referralCreateSchema>;
export type ReferralCreateInput = z.input<typeof referralCreateSchema>;

/** POST /api/referrals/{id}/transitions */
export const referralTransitionSchema = z
  .object({
    to: z.enum(['accepted', 'declined', 'scheduled', 'seen', 'replied', 'returned']),
    reason: text(2000).optional(),
    appointmentAt: isoDateTime().optional(),
    findings: text(4000).optional(),
    recommendations: text(4000).optional(),
    okToResumeMassage: z.enum(okToResumeMassage).optional(),
    note: text(2000).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.to === 'declined' && !body.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required: say why you decline' });
    if (body.to === 'replied' && !body.findings)
      ctx.addIssue({ code: 'custom', path: ['findings'], message: 'is required for the outcome reply' });
    if (body.to === 'replied' && !body.okToResumeMassage)
      ctx.addIssue({ code: 'custom', path: ['okToResumeMassage'], message: 'is required for the outcome reply' });
  });
export type ReferralTransition = z.infer<typeof referralTransitionSchema>;

export const referralThanksSchema = z.object({ message: text(2000).min(1, 'is required') }).strict();
export type ReferralThanks = z.infer<typeof referralThanksSchema>;

export const referralListQuerySchema = z.object({
  box: z.enum(['inbox', 'outbox']).default('inbox'),
  status: z.enum(referralStatuses).optional(),
  urgency: z.enum(referralUrgencies).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ReferralListQuery = z.infer<typeof referralListQuerySchema>;

const partySchema = z.object({
  kind: z.enum(['member', 'contact']),
  name: z.string(),
  /** The member's profile slug; null for a contact who is not a member. */
  slug: z.string().nullable(),
  profession: z.string(),
});

export const referralSummarySchema = z.object({
  id: z.uuid(),
  /** Which side the caller is on. */
  side: z.enum(['recipient', 'referrer']),
  status: z.enum(referralStatuses),
  urgency: z.enum(referralUrgencies),
  specialty: z.string(),
  from: partySchema,
  to: partySchema,
  /** The member the referral was meant for, when it went to a covering colleague instead. */
  redirectedFrom: partySchema.nullable(),
  /**
   * The client's name: the referrer always sees it; the recipient only in the full referral, when
   * identity was shared and consent stands (so it is null in the inbox list).
   */
  clientName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReferralSummary = z.infer<typeof referralSummarySchema>;

export const referralListSchema = z.object({
  items: z.array(referralSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ReferralList = z.infer<typeof referralListSchema>;

export const referralEventSchema = z.object({
  kind: z.string(),
  at: z.string(),
  /** A member's name, or 'external:<email>' for a recipient using the emailed link. */
  actor: z.string(),
  note: z.string(),
});
export type ReferralEvent = z.infer<typeof referralEventSchema>;

export const referralPacketSchema = z.object({
  /**
   * withdrawn: the client withdrew consent, so nothing about them is shown any more; deleted: the
   * client's record was deleted and their key destroyed, so nothing about them can be read by anyone.
   */
  state: z.enum(['active', 'withdrawn', 'deleted']),
  share: z.array(z.string()),
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type ReferralPacket = z.infer<typeof referralPacketSchema>;

export const referralOutcomeSchema = z.object({
  findings: z.string(),
  recommendations: z.string(),
  okToResumeMassage: z.enum(okToResumeMassage).nullable(),
});

export const referralSchema = referralSummarySchema.extend({
  reasonClinical: z.string(),
  reasonPlain: z.string(),
  whatIDid: z.string(),
  observations: z.string(),
  packet: referralPacketSchema,
  appointmentAt: z.string().nullable(),
  outcome: referralOutcomeSchema.nullable(),
  /** What the caller may move the referral to now. */
  allowedTransitions: z.array(z.enum(['accepted', 'declined', 'scheduled', 'seen', 'replied', 'returned'])),
  /** The emailed link of an external referral (referrer only); null otherwise. */
  link: z
    .object({ state: z.enum(['active', 'revoked', 'expired']), sentTo: z.string(), expiresAt: z.string() })
    .nullable(),
  timeline: z.array(referralEventSchema),
});
export type Referral = z.infer<typeof referralSchema>;

export const referralSuggestionQuerySchema = z.object({
  specialty: z.string().trim().max(80).optional(),
  profession: z.string().trim().max(80).optional(),
  /** A postal code (or "lat,lng") to measure distance from; default: my practice address. */
  near: z.string().trim().max(80).optional(),
});
export type ReferralSuggestionQuery = z.infer<typeof referralSuggestionQuerySchema>;

export const referralSuggestionSchema = z.object({
  slug: z.string(),
  displayName: z.string(),
  profession: z.string(),
  /** In the list's unit (miles for a member in the US, kilometres elsewhere), to a tenth. */
  distance: z.number().nullable(),
  score: z.number(),
  away: z.boolean(),
  trusted: z.boolean(),
  /** Referrals this member sent me. */
  referralsFromThem: z.number().int(),
  /** Why this member is suggested, in words ('12 mi away', 'specialty: Prenatal and postpartum', 'you marked them trusted'). */
  reasons: z.array(z.string()),
});
export const referralSuggestionListSchema = z.object({
  items: z.array(referralSuggestionSchema),
  unit: z.enum(['mi', 'km']),
});
export type ReferralSuggestion = z.infer<typeof referralSuggestionSchema>;
export type ReferralSuggestionList = z.infer<typeof referralSuggestionListSchema>;
