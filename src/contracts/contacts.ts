// The alliance builder's contacts: one schema for the contact form and /api/contacts (the stages
// and channels it uses are in pipeline.ts).
import { z } from 'zod';
import { isoDate, isoDateTime, line, optionalEmail, optionalPhone, tags, text } from './fields.ts';
import { channels, stages } from './pipeline.ts';
import { keysOf, professions } from './taxonomy.ts';

export const contactInputSchema = z
  .object({
    name: line(120).min(1, 'is required'),
    profession: z.enum(keysOf(professions)),
    organisation: line(160),
    phone: optionalPhone,
    email: optionalEmail,
    street: line(200),
    city: line(100),
    region: line(60),
    postalCode: line(12),
    country: z.union([z.literal(''), z.enum(['US', 'CA'])]),
    howWeMet: line(300),
    tags: tags(20, 40),
    notes: text(4000),
    stage: z.enum(keysOf(stages)),
    followUpOn: isoDate.nullable(),
    followUpNote: line(300),
  })
  .strict();
/** POST /api/contacts: only the name and profession are required. */
export const contactCreateSchema = contactInputSchema.partial().required({ name: true, profession: true }).strict();
/** PATCH /api/contacts/{id}: any subset; `linkedProfileSlug` links (or, null, unlinks) a member. */
export const contactUpdateSchema = contactInputSchema
  .partial()
  .extend({ linkedProfileSlug: z.string().max(80).nullable().optional() })
  .strict();
export type ContactInput = z.infer<typeof contactInputSchema>;
export type ContactCreate = z.infer<typeof contactCreateSchema>;
export type ContactUpdate = z.infer<typeof contactUpdateSchema>;

export const linkedMemberSchema = z.object({
  slug: z.string(),
  displayName: z.string(),
  profession: z.string(),
  logoUrl: z.string().nullable(),
});

export const contactSchema = contactInputSchema.extend({
  id: z.uuid(),
  stageChangedAt: z.string(),
  linkedMember: linkedMemberSchema.nullable(),
  /** A member who looks like this contact (same email, or same name and town), when not linked. */
  suggestedMember: linkedMemberSchema.nullable(),
  lastInteractionAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactListQuerySchema = z.object({
  q: z.string().trim().max(120).optional(),
  profession: z.enum(keysOf(professions)).optional(),
  stage: z.enum(keysOf(stages)).optional(),
  tag: z.string().max(40).optional(),
  followUp: z.enum(['due', 'upcoming']).optional(),
  /** The caller's calendar day for `followUp` (default: the UTC day). */
  today: isoDate.optional(),
  sort: z.enum(['name', 'updated', 'follow-up']).default('name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export const contactListSchema = z.object({
  items: z.array(contactSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Counts over all of the member's contacts (not just this page), for the grouped view and board. */
  byProfession: z.record(z.string(), z.number().int()),
  byStage: z.record(z.string(), z.number().int()),
});
export type ContactList = z.infer<typeof contactListSchema>;

export const interactionInputSchema = z
  .object({
    occurredAt: isoDateTime().optional(),
    channel: z.enum(keysOf(channels)),
    summary: text(2000).min(1, 'is required'),
    nextStep: line(300).default(''),
    /** Sets the contact's follow-up date at the same time (null clears it). */
    followUpOn: isoDate.nullable().optional(),
  })
  .strict();
export type InteractionInput = z.infer<typeof interactionInputSchema>;
export const interactionSchema = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  occurredAt: z.string(),
  channel: z.enum(keysOf(channels)),
  summary: z.string(),
  nextStep: z.string(),
  letterId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type Interaction = z.infer<typeof interactionSchema>;

// ---- Follow-ups: the in-app reminder (and the daily email digest) -------------------------------
/** `today` is the caller's calendar day (the browser's), so "due" matches what the member sees; default: the UTC day. */
export const followUpsQuerySchema = z.object({ today: isoDate.optional() }).strict();
export const followUpsSchema = z.object({
  overdue: z.array(contactSchema),
  today: z.array(contactSchema),
  /** Due in the next 7 days. */
  upcoming: z.array(contactSchema),
});
export type FollowUps = z.infer<typeof followUpsSchema>;

export const interactionListSchema = z.object({ items: z.array(interactionSchema) });

// ---- Import (preview, then confirm with the token) and export ------------------------------------
export const importFormats = ['csv', 'vcard'] as const;
/** A contact as read from a file: the fields of ContactCreate, before validation (problems say what is wrong). */
export const importedContactSchema = z.object({
  name: z.string(),
  profession: z.string(),
  organisation: z.string(),
  phone: z.string(),
  email: z.string(),
  street: z.string(),
  city: z.string(),
  region: z.string(),
  postalCode: z.string(),
  country: z.string(),
  howWeMet: z.string(),
  tags: z.array(z.string()),
  notes: z.string(),
  stage: z.string(),
  followUpOn: z.string().nullable(),
  followUpNote: z.string(),
});
export type ImportedContact = z.infer<typeof importedContactSchema>;
export const fieldProblemSchema = z.object({ field: z.string(), message: z.string() });
export const importRowSchema = z.object({
  index: z.number().int(),
  contact: importedContactSchema,
  problems: z.array(fieldProblemSchema),
  /** An existing contact of mine with the same email, or the same name and phone. */
  duplicateOf: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The index of an earlier row of the same file that is the same person. */
  duplicateInFile: z.number().int().nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;
export const importPreviewSchema = z.object({
  token: z.uuid(),
  format: z.enum(importFormats),
  fileName: z.string(),
  total: z.number().int(),
  rows: z.array(importRowSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
export const importActions = ['import', 'merge', 'skip'] as const;
export type ImportAction = (typeof importActions)[number];
/** Rows not listed are skipped. */
export const importConfirmSchema = z
  .object({
    rows: z.array(z.object({ index: z.number().int().min(0), action: z.enum(importActions) }).strict()).max(20_000),
  })
  .strict();
export type ImportConfirm = z.infer<typeof importConfirmSchema>;
export const importResultSchema = z.object({
  imported: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const exportQuerySchema = z.object({ format: z.enum(['csv', 'vcf']) }).strict();

// ---- Expand my list: members near me who are not on it ------------------------------------------
export const suggestionQuerySchema = z
  .object({
    profession: z.enum(keysOf(professions)).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();
export const suggestionSchema = z.object({
  slug: z.string(),
  displayName: z.string(),
  profession: z.string(),
  practiceName: z.string(),
  city: z.string(),
  region: z.string(),
  logoUrl: z.string().nullable(),
  /** Miles from my practice's postal code, rounded to 0.1. */
  distance: z.number(),
  /** The profession this suggestion adds to my list. */
  fills: z.string(),
  /** Why it is suggested, in words ("You have no chiropractors yet"). */
  reason: z.string(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;
export const suggestionListSchema = z.object({ items: z.array(suggestionSchema), unit: z.literal('mi') });
export type SuggestionList = z.infer<typeof suggestionListSchema>;
export const fromMemberSchema = z.object({ slug: z.string().trim().min(1, 'is required').max(80) }).strict();
