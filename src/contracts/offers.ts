// Professional offers and the certificates issued from them: one schema for the offer form (web)
// and /api/offers (server), the certificate as the issuer sees it, and the public verification
// answer (which shows nothing private: no emails, no ids, no contact data).
import { z } from 'zod';
import { isoDate, line, text } from './fields.ts';
import { nonTransferableNotice, offerKinds, offerLimits, type OfferKind } from './offer-words.ts';

export { nonTransferableNotice, offerKinds, offerLimits, type OfferKind };

const minutes = z
  .number()
  .int('must be a whole number')
  .min(offerLimits.minutes.min, `must be at least ${offerLimits.minutes.min} minutes`)
  .max(offerLimits.minutes.max, `must be at most ${offerLimits.minutes.max} minutes`);
const percent = z
  .number()
  .int('must be a whole number')
  .min(offerLimits.percent.min, `must be at least ${offerLimits.percent.min}%`)
  .max(offerLimits.percent.max, `must be at most ${offerLimits.percent.max}%`);
const description = line(200).min(1, 'is required: describe the gift');

const common = {
  title: line(120).min(1, 'is required'),
  terms: text(2000).default(''),
  validFrom: isoDate,
  validUntil: isoDate,
  maxIssued: z
    .number()
    .int('must be a whole number')
    .min(offerLimits.maxIssued.min, 'must be at least 1')
    .max(offerLimits.maxIssued.max, 'must be at most 10,000'),
};

const untilNotBeforeFrom = (offer: { validFrom?: string; validUntil?: string }, ctx: z.RefinementCtx) => {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  // Only two well-formed days are compared; a malformed one already has its own message.
  if (day.test(offer.validFrom ?? '') && day.test(offer.validUntil ?? '') && offer.validUntil! < offer.validFrom!) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'must be on or after the valid-from date' });
  }
};

/** POST /api/offers: the kind decides which of minutes / percent / description applies. */
export const offerCreateSchema = z
  .discriminatedUnion('kind', [
    z
      .object({ kind: z.literal('free-session'), minutes: minutes.default(offerLimits.minutes.default), ...common })
      .strict(),
    z.object({ kind: z.literal('percent-off'), percent, ...common }).strict(),
    z.object({ kind: z.literal('free-gift'), description, ...common }).strict(),
  ])
  .superRefine(untilNotBeforeFrom);
export type OfferCreate = z.infer<typeof offerCreateSchema>;
export type OfferCreateInput = z.input<typeof offerCreateSchema>;

/**
 * PATCH /api/offers/{id}: any subset; the merged offer must still be a valid offer. Once a
 * certificate has been issued, what is printed on it (kind, minutes, percent, description, title,
 * terms, validFrom) is fixed (409); validUntil (for later certificates), maxIssued (not below the
 * number issued) and `archived` stay editable.
 */
export const offerUpdateSchema = z
  .object({
    kind: z.enum(['free-session', 'percent-off', 'free-gift']),
    minutes,
    percent,
    description,
    title: common.title,
    terms: text(2000),
    validFrom: isoDate,
    validUntil: isoDate,
    maxIssued: common.maxIssued,
    /** true archives (no more certificates may be issued; issued ones stay valid); false restores. */
    archived: z.boolean(),
  })
  .partial()
  .strict()
  .superRefine(untilNotBeforeFrom);
export type OfferUpdate = z.infer<typeof offerUpdateSchema>;

export const offerFiguresSchema = z.object({
  issued: z.number().int(),
  redeemed: z.number().int(),
  /** Not redeemed or voided, and past their validUntil. */
  expired: z.number().int(),
  void: z.number().int(),
  /** Recipients (contacts) whose stage is now met, trading or allied. */
  met: z.number().int(),
  /** Recipients (contacts) whose stage is now allied. */
  allied: z.number().int(),
});
export type OfferFigures = z.infer<typeof offerFiguresSchema>;

/** active: certificates may be issued today; scheduled: starts later; ended: past validUntil; full: maxIssued reached. */
export const offerStates = ['active', 'scheduled', 'ended', 'full', 'archived'] as const;

export const offerSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['free-session', 'percent-off', 'free-gift']),
  minutes: z.number().int().nullable(),
  percent: z.number().int().nullable(),
  description: z.string().nullable(),
  /** What it is, in words: "Free 30-minute session", "25% off", or the gift. */
  summary: z.string(),
  title: z.string(),
  terms: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  maxIssued: z.number().int(),
  state: z.enum(offerStates),
  archived: z.boolean(),
  /** Always nonTransferableNotice. */
  notice: z.string(),
  figures: offerFiguresSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Offer = z.infer<typeof offerSchema>;
export const offerListSchema = z.object({ items: z.array(offerSchema) });
export type OfferList = z.infer<typeof offerListSchema>;

/** POST /api/offers/{id}/certificates: exactly one of a contact of mine or a member's profile slug. */
export const certificateIssueSchema = z
  .object({
    contactId: z.uuid('must be a contact id').optional(),
    memberSlug: z.string().trim().min(1).max(80).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.contactId === undefined) === (body.memberSlug === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['contactId'],
        message: 'is required: choose one contact or one member, not both',
      });
    }
  });
export type CertificateIssue = z.infer<typeof certificateIssueSchema>;

export const certificateStatuses = ['valid', 'redeemed', 'expired', 'void'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

export const deliveryStatuses = ['not-sent', 'queued', 'sent', 'failed', 'logged'] as const;

export const certificateSchema = z.object({
  id: z.uuid(),
  /** Canonical: 17 upper-case Crockford base32 characters, the last one the check character. */
  code: z.string(),
  /** Grouped for people: XXXX-XXXX-XXXX-XXXX-C. */
  displayCode: z.string(),
  status: z.enum(certificateStatuses),
  /** A valid certificate before its validFrom: it verifies, but cannot be redeemed yet. */
  notYetValid: z.boolean(),
  recipientName: z.string(),
  contactId: z.uuid().nullable(),
  memberSlug: z.string().nullable(),
  validFrom: z.string(),
  validUntil: z.string(),
  offer: z.object({
    id: z.uuid(),
    title: z.string(),
    kind: z.enum(['free-session', 'percent-off', 'free-gift']),
    minutes: z.number().int().nullable(),
    percent: z.number().int().nullable(),
    description: z.string().nullable(),
    summary: z.string(),
    terms: z.string(),
  }),
  notice: z.string(),
  verifyUrl: z.string(),
  pdfUrl: z.string(),
  issuedAt: z.string(),
  redeemedAt: z.string().nullable(),
  voidedAt: z.string().nullable(),
  voidReason: z.string(),
  delivery: z.object({ status: z.enum(deliveryStatuses), sentTo: z.string().nullable(), error: z.string().nullable() }),
});
export type Certificate = z.infer<typeof certificateSchema>;
export const certificateListSchema = z.object({ items: z.array(certificateSchema) });
export type CertificateList = z.infer<typeof certificateListSchema>;

/** POST /api/certificates/{code}/redeem: the issuer confirms the recipient's identity (non-transferable). */
export const certificateRedeemSchema = z
  .object({
    identityConfirmed: z.literal(true, {
      error: "confirm the recipient's identity first (the certificate is non-transferable)",
    }),
  })
  .strict();
export const certificateVoidSchema = z.object({ reason: line(300).min(1, 'is required') }).strict();

/**
 * GET /api/certificates/verify/{code} (public): exactly these keys. A certificate before its
 * validFrom is 'valid' with validFrom in the future (see docs/certificates.md).
 */
export const certificateVerificationSchema = z
  .object({
    status: z.enum(certificateStatuses),
    code: z.string(),
    offer: z
      .object({
        title: z.string(),
        kind: z.enum(['free-session', 'percent-off', 'free-gift']),
        minutes: z.number().int().optional(),
        percent: z.number().int().optional(),
        description: z.string().optional(),
        /** The issuer's display name. */
        from: z.string(),
      })
      .strict(),
    validFrom: z.string(),
    validUntil: z.string(),
    recipientName: z.string(),
  })
  .strict();
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;
