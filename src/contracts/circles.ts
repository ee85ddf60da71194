// Circles: the forms (start a circle, find circles, invite), a circle as a caller sees it, its
// members, and invitations. One set of schemas for /api/circles (server) and the web.
import { z } from 'zod';
import {
  circleKinds,
  circleLimits,
  circleMemberStatuses,
  circleRoles,
  circleVisibilities,
  type CircleKind,
  type CircleVisibility,
} from './circle-words.ts';
import { line, tags, text } from './fields.ts';
import { memberCardSchema } from './member-card.ts';
import { postalCodePattern } from './profile.ts';

export * from './circle-words.ts';

const kind = z.enum(Object.keys(circleKinds) as [CircleKind, ...CircleKind[]], {
  error: `must be one of ${Object.keys(circleKinds).join(', ')}`,
});
const visibility = z.enum(Object.keys(circleVisibilities) as [CircleVisibility, ...CircleVisibility[]], {
  error: 'must be public, private or secret',
});
const postalCode = z
  .string()
  .trim()
  .regex(postalCodePattern, 'must be a US ZIP (12345) or Canadian postal code (A1A 1A1)');
/** At most this many active members; null: no cap. */
const memberCap = z
  .number('must be a number')
  .int('must be a whole number')
  .min(circleLimits.cap.min, `must be at least ${circleLimits.cap.min}`)
  .max(circleLimits.cap.max, `must be at most ${circleLimits.cap.max}`)
  .nullable();
const circleName = line(100).min(3, 'must be at least 3 characters');
const flag = z.enum(['true', 'false'], 'must be true or false').transform((value) => value === 'true');

/** People to invite: members of my network by profile slug, my professionals by contact, anyone by email. */
export const circleInviteSchema = z
  .object({
    memberSlugs: z
      .array(z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'))
      .max(circleLimits.invitees, `must be at most ${circleLimits.invitees} entries`)
      .optional(),
    contactIds: z
      .array(z.uuid('must be a contact id'))
      .max(circleLimits.invitees, `must be at most ${circleLimits.invitees} entries`)
      .optional(),
    emails: z
      .array(z.email('must be an email address').max(200, 'must be at most 200 characters'))
      .max(circleLimits.invitees, `must be at most ${circleLimits.invitees} entries`)
      .optional(),
  })
  .strict();
export type CircleInvite = z.infer<typeof circleInviteSchema>;

/** POST /api/circles: start a circle (the caller becomes its organizer), optionally inviting people at once. */
export const circleCreateSchema = z
  .object({
    name: circleName,
    kind,
    description: text(2000).optional(),
    rules: text(4000).optional(),
    topics: tags(circleLimits.topics, 40).optional(),
    visibility,
    postalCode: postalCode.optional(),
    online: z.boolean('must be true or false'),
    memberCap: memberCap.optional(),
    invite: circleInviteSchema.optional(),
  })
  .strict()
  .refine((body) => body.online || body.postalCode !== undefined, {
    path: ['postalCode'],
    message: 'is required unless the circle meets online',
  });
export type CircleCreate = z.infer<typeof circleCreateSchema>;

/** PATCH /api/circles/{id} (organizers): what is given changes; `postalCode: null` makes it online only. */
export const circleUpdateSchema = z
  .object({
    name: circleName.optional(),
    kind: kind.optional(),
    description: text(2000).optional(),
    rules: text(4000).optional(),
    topics: tags(circleLimits.topics, 40).optional(),
    visibility: visibility.optional(),
    postalCode: postalCode.nullable().optional(),
    online: z.boolean('must be true or false').optional(),
    memberCap: memberCap.optional(),
  })
  .strict();
export type CircleUpdate = z.infer<typeof circleUpdateSchema>;

/** GET /api/circles: near a postal code (distance) and/or by kind, topic, online and words. */
export const circleQuerySchema = z
  .object({
    q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
    kind: kind.optional(),
    topic: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters').optional(),
    online: flag.optional(),
    near: postalCode.optional(),
    radius: z.coerce.number('must be a number').positive('must be positive').max(500, 'must be at most 500').optional(),
    unit: z.enum(['mi', 'km'], 'must be mi or km').default('mi'),
    /** Only the circles I am an active member of (secret ones included). */
    mine: flag.optional(),
    page: z.coerce
      .number('must be a number')
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(1000, 'must be at most 1000')
      .default(1),
    pageSize: z.coerce
      .number('must be a number')
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100')
      .default(20),
  })
  .strict();
export type CircleQuery = z.infer<typeof circleQuerySchema>;

const membershipSchema = z.object({ role: z.enum(circleRoles), status: z.enum(circleMemberStatuses) });

export const circleSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind,
  description: z.string(),
  topics: z.array(z.string()),
  visibility,
  online: z.boolean(),
  /** The home town, when the circle meets in person. */
  town: z.object({ postalCode: z.string(), city: z.string(), region: z.string(), country: z.string() }).nullable(),
  memberCount: z.number().int(),
  memberCap: z.number().int().nullable(),
  /** From `near`, in the query's unit; null without one or for a circle without a home town. */
  distance: z.number().nullable(),
  /** Where the caller stands (null: no relation). */
  me: membershipSchema.nullable(),
});
export type CircleSummary = z.infer<typeof circleSummarySchema>;

/** GET /api/circles/{id}: rules are shown to members only (of a private or secret circle, its content is theirs). */
export const circleSchema = circleSummarySchema.extend({ rules: z.string().nullable(), createdAt: z.string() });
export type Circle = z.infer<typeof circleSchema>;

export const circleListSchema = z.object({
  items: z.array(circleSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unit: z.enum(['mi', 'km']),
  origin: z.object({ lat: z.number(), lng: z.number(), label: z.string() }).nullable(),
});
export type CircleList = z.infer<typeof circleListSchema>;

export const circleMemberSchema = z.object({
  /** The member id in this circle: what approve, decline, remove and ban name. */
  id: z.uuid(),
  member: memberCardSchema.nullable(),
  role: z.enum(circleRoles),
  status: z.enum(circleMemberStatuses),
  joinedAt: z.string().nullable(),
});
export type CircleMember = z.infer<typeof circleMemberSchema>;
export const circleMemberListSchema = z.object({ items: z.array(circleMemberSchema) });

export const circleMemberQuerySchema = z
  .object({ status: z.enum(circleMemberStatuses, 'is not a member status').default('active') })
  .strict();

export const circleRoleSchema = z
  .object({ role: z.enum(circleRoles, 'must be organizer, co-organizer or member') })
  .strict();

export const circleInvitationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['link', 'email']),
  /** The invitee's address (email invitations). */
  email: z.string().nullable(),
  uses: z.number().int(),
  revoked: z.boolean(),
  accepted: z.boolean(),
  expiresAt: z.string().nullable(),
  createdAt: z.string(),
});
export const circleInvitationListSchema = z.object({ items: z.array(circleInvitationSchema) });
/** A new link: the address is shown this once (only a hash of its token is kept). */
export const circleLinkSchema = circleInvitationSchema.extend({ url: z.string(), token: z.string() });

export const circleInviteResultSchema = z.object({
  /** Members invited in the app (and by email, per their settings). */
  members: z.number().int(),
  /** Addresses mailed an invitation link. */
  emails: z.number().int(),
});
export type CircleInviteResult = z.infer<typeof circleInviteResultSchema>;

/** POST /api/circles: the circle, and how many people were invited with it. */
export const circleCreatedSchema = circleSchema.extend({ invited: circleInviteResultSchema });

/** What a link shows before it is accepted: enough to decide, nothing members-only. */
export const circlePreviewSchema = circleSummarySchema.omit({ distance: true, me: true });

export const circleIdParams = z.object({
  id: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
});
export const circleMemberParams = circleIdParams.extend({ memberId: z.uuid('must be a member id') });
export const circleInvitationParams = circleIdParams.extend({ invitationId: z.uuid('must be an invitation id') });
export const invitationTokenParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'must be an invitation token'),
});
