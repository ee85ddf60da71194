// Collaborations: joint marketing campaigns, research projects, volunteer events and couples-massage
// partner requests. Schemas for /api/campaigns, /api/research-projects, /api/volunteer-events and
// /api/couples-requests (server) and the /app/collaborations screens (web).
import { z } from 'zod';
import { isoDate, isoDateTime, line, personName, text } from './fields.ts';
import { memberCardSchema } from './member-card.ts';
import { postalCodePattern } from './profile.ts';

const title = line(120).min(3, 'must be at least 3 characters');
const slugRef = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');
export const idParams = z.object({ id: z.uuid('must be an id') });
export const participantParams = idParams.extend({ participantId: z.uuid('must be a participant id') });
export const shiftParams = idParams.extend({ shiftId: z.uuid('must be a shift id') });
export const memberParams = idParams.extend({ memberId: z.uuid('must be a member id') });

// --- Campaigns ---
export const campaignCreateSchema = z
  .object({
    title,
    description: text(4000).default(''),
    startsOn: isoDate,
    endsOn: isoDate,
    inviteSlugs: z.array(slugRef).max(20, 'must be at most 20 members').default([]),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.endsOn < value.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must not be before the start' });
  });
export type CampaignCreate = z.infer<typeof campaignCreateSchema>;

export const campaignInviteSchema = z.object({ memberSlug: slugRef }).strict();
export const campaignOfferSchema = z
  .object({
    offerText: text(600).min(3, 'must be at least 3 characters'),
    offerId: z.uuid('must be an offer id').nullable().default(null),
  })
  .strict();
export type CampaignOffer = z.infer<typeof campaignOfferSchema>;

export const participantStatuses = ['invited', 'accepted', 'declined'] as const;
export const campaignParticipantSchema = z.object({
  id: z.uuid(),
  member: memberCardSchema,
  status: z.enum(participantStatuses),
  offerText: z.string(),
  offerTitle: z.string().nullable(),
  /** Counted visits and referrals (one per visitor and day each); shown to participants only. */
  visits: z.number().int().nullable(),
  referrals: z.number().int().nullable(),
  /** The participant's own link to the landing page, counting visits to them. */
  link: z.string(),
});
export const campaignSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  organizer: memberCardSchema,
  /** The caller's place in it: organizer, participant (any status) or none (an open campaign). */
  role: z.enum(['organizer', 'participant', 'none']),
  myStatus: z.enum(participantStatuses).nullable(),
  publicUrl: z.string(),
  participants: z.array(campaignParticipantSchema),
});
export type Campaign = z.infer<typeof campaignSchema>;

// --- Research ---
export const researchRoles = ['lead', 'collaborator', 'participant'] as const;
export const researchStatuses = ['applied', 'accepted', 'declined'] as const;
export const researchCreateSchema = z
  .object({
    title,
    description: text(6000).min(10, 'must be at least 10 characters'),
    recruiting: z.boolean().default(true),
  })
  .strict();
export type ResearchCreate = z.infer<typeof researchCreateSchema>;
export const researchApplySchema = z
  .object({ role: z.enum(['collaborator', 'participant']), note: text(600).default('') })
  .strict();
export const researchSignupSchema = z
  .object({
    name: personName,
    email: z.email('must be an email address').max(200, 'must be at most 200 characters'),
    note: text(600).default(''),
  })
  .strict();
export type ResearchSignup = z.infer<typeof researchSignupSchema>;
export const researchMemberSchema = z.object({
  id: z.uuid(),
  member: memberCardSchema,
  role: z.enum(researchRoles),
  status: z.enum(researchStatuses),
  note: z.string(),
});
export const researchProjectSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  recruiting: z.boolean(),
  lead: memberCardSchema,
  role: z.enum([...researchRoles, 'none']),
  myStatus: z.enum(researchStatuses).nullable(),
  publicUrl: z.string(),
  members: z.array(researchMemberSchema),
  /** Outside sign-ups: to the lead only (null for everyone else). */
  signups: z
    .array(z.object({ id: z.uuid(), name: z.string(), email: z.string(), note: z.string(), createdAt: z.string() }))
    .nullable(),
});
export type ResearchProject = z.infer<typeof researchProjectSchema>;

// --- Volunteer events ---
export const shiftInputSchema = z
  .object({
    startsAt: isoDateTime(),
    endsAt: isoDateTime(),
    capacity: z.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500'),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (new Date(value.endsAt) <= new Date(value.startsAt))
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after the start' });
  });
export const volunteerCreateSchema = z
  .object({
    title,
    description: text(4000).default(''),
    place: line(200).default(''),
    shifts: z.array(shiftInputSchema).min(1, 'must have at least one shift').max(20, 'must be at most 20 shifts'),
  })
  .strict();
export type VolunteerCreate = z.infer<typeof volunteerCreateSchema>;
export const shiftSchema = z.object({
  id: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int(),
  taken: z.number().int(),
  mine: z.boolean(),
  /** The organizer sees who signed up. */
  volunteers: z.array(memberCardSchema).nullable(),
  calendarUrl: z.string().nullable(),
});
export const volunteerEventSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  place: z.string(),
  organizer: memberCardSchema,
  mine: z.boolean(),
  shifts: z.array(shiftSchema),
});
export type VolunteerEvent = z.infer<typeof volunteerEventSchema>;

// --- Couples massage partners ---
export const couplesCreateSchema = z
  .object({
    onDate: isoDate,
    postalCode: z
      .string()
      .trim()
      .regex(postalCodePattern, 'must be a US ZIP (12345) or Canadian postal code (A1A 1A1)'),
    note: text(600).default(''),
  })
  .strict();
export type CouplesCreate = z.infer<typeof couplesCreateSchema>;
export const couplesQuerySchema = z
  .object({
    near: z.string().trim().regex(postalCodePattern, 'must be a US ZIP or Canadian postal code').optional(),
    radius: z.coerce.number().positive('must be positive').max(500, 'must be at most 500').optional(),
    unit: z.enum(['mi', 'km']).default('mi'),
    date: isoDate.optional(),
  })
  .strict();
export type CouplesQuery = z.infer<typeof couplesQuerySchema>;
export const couplesRequestSchema = z.object({
  id: z.uuid(),
  member: memberCardSchema,
  onDate: z.string(),
  place: z.string(),
  note: z.string(),
  mine: z.boolean(),
  /** In the query's unit, when searched near a postal code. */
  distance: z.number().nullable(),
});
export type CouplesRequest = z.infer<typeof couplesRequestSchema>;
export const couplesReplySchema = z.object({ message: text(2000).min(1, 'must not be empty') }).strict();

// --- The hub ---
const summary = z.object({ id: z.uuid(), title: z.string(), mine: z.boolean() });
export const collaborationsHubSchema = z.object({
  campaigns: z.array(summary.extend({ slug: z.string(), myStatus: z.enum(participantStatuses).nullable() })),
  research: z.array(summary.extend({ slug: z.string(), recruiting: z.boolean() })),
  volunteering: z.array(summary.extend({ firstShiftAt: z.string().nullable(), openSeats: z.number().int() })),
  couples: z.array(couplesRequestSchema),
});
export type CollaborationsHub = z.infer<typeof collaborationsHubSchema>;
