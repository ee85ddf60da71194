// The client portal: signing in (invitation and sign-in links, password), the session with the
// records it may open, one record's page, and the therapist's view of a client's portal access.
import { z } from 'zod';
import { consentSchema } from './clients.ts';
import { memberCardSchema } from './member-card.ts';

const email = z.email('must be an email address').max(320);

export const portalLinkRequestSchema = z.object({ email });
export const portalPasswordSignInSchema = z.object({ email, password: z.string().min(1, 'is required').max(128) });
export const portalPasswordSchema = z.object({
  password: z.string().min(10, 'must be at least 10 characters').max(128, 'must be at most 128 characters'),
});
export const portalLinkUseSchema = z.object({ token: z.string().min(1).max(200) });

export const portalRecordSummarySchema = z.object({
  clientId: z.uuid(),
  therapist: memberCardSchema.nullable(),
});
export const portalSessionSchema = z.object({
  email: z.string(),
  hasPassword: z.boolean(),
  /** Minutes of inactivity after which the session ends (the page warns before). */
  idleMinutes: z.number().int(),
  records: z.array(portalRecordSummarySchema),
});
export type PortalSession = z.infer<typeof portalSessionSchema>;

export const portalRecordSchema = z.object({
  clientId: z.uuid(),
  therapist: memberCardSchema.nullable(),
  me: z.object({
    name: z.string(),
    email: z.string(),
    phone: z.string(),
    dateOfBirth: z.string().nullable(),
  }),
});
export type PortalRecord = z.infer<typeof portalRecordSchema>;

export const portalAccessLogSchema = z.object({
  items: z.array(z.object({ at: z.string(), who: z.string(), what: z.string() })),
});
export type PortalAccessLog = z.infer<typeof portalAccessLogSchema>;

export const portalConsentsSchema = z.object({ items: z.array(consentSchema) });
export const portalWithdrawSchema = z.object({ reason: z.string().trim().max(1000).default('') });

export const portalInvitationStateSchema = z.object({
  state: z.enum(['not-invited', 'invited', 'active', 'ended']),
  email: z.string().nullable(),
  invitedAt: z.string().nullable(),
  invitationExpiresAt: z.string().nullable(),
  grantedAt: z.string().nullable(),
});
export type PortalInvitationState = z.infer<typeof portalInvitationStateSchema>;
