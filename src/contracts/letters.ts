// Letters of introduction: per-profession templates, the generated draft (also the talking points
// for a phone or face-to-face approach), saved letters and how each was delivered.
// One schema serves the web forms and /api/letters.
import { z } from 'zod';
import { line, text } from './fields.ts';
import { keysOf, professions } from './taxonomy.ts';

/**
 * What a template may say in `{{…}}`. A paragraph or a `[[ … ]]` block whose placeholders are all
 * empty for this sender/recipient is left out, so a sparse profile still reads well.
 */
export const letterPlaceholders = {
  recipientName: "The recipient's full name",
  recipientFirstName: "The recipient's first name",
  recipientLastName: "The recipient's last name (without Dr. or credentials)",
  organisation: "The recipient's organisation",
  myName: 'My name',
  myFirstName: 'My first name',
  credentials: 'My credentials (e.g. RMT, LMT)',
  school: 'The school I trained at',
  graduationYear: 'The year I graduated',
  associations: 'My professional associations',
  specialties: 'My certified specialties',
  modalities: 'The modalities I practise',
  treatmentGoals: 'The treatment goals I work towards',
  howMyWorkHelps: "How my work helps the recipient's patients or clients",
  history: 'My history',
  hobbies: 'My hobbies',
  yearsInPractice: 'How many years I have been in practice',
  practiceName: "My practice's name",
  city: 'The city I practise in',
  phone: 'My phone number',
  email: 'My public email address',
  contactDetails: 'How to reach me: my public email and/or phone',
  website: 'My website',
  certificate: 'The certificate that goes with the letter (its title and what it gives); empty when none does',
} as const;
export type LetterPlaceholder = keyof typeof letterPlaceholders;

export const letterStatuses = {
  draft: 'Draft',
  queued: 'Queued (will retry)',
  sent: 'Sent',
  failed: 'Failed',
  logged: 'Kept in the dev outbox (no SMTP configured)',
  delivered: 'Delivered by hand or post',
} as const;
export type LetterStatus = keyof typeof letterStatuses;

/** How a letter reached its recipient, once it has. */
export const letterDeliveryChannels = {
  email: 'Email',
  letter: 'Posted letter',
  'face-to-face': 'Handed over in person',
} as const;
export type LetterDeliveryChannel = keyof typeof letterDeliveryChannels;

export const letterSubject = line(200).min(1, 'is required');
export const letterBody = text(12000).min(1, 'is required');
export const letterSalutation = line(160).min(1, 'is required');

/** PUT /api/letters/templates/{profession}; also the `template` of a mail merge. */
export const letterTemplateInputSchema = z.object({ subject: letterSubject, body: letterBody }).strict();
export type LetterTemplateInput = z.infer<typeof letterTemplateInputSchema>;

export const letterTemplateSchema = z.object({
  profession: z.enum(keysOf(professions)),
  subject: z.string(),
  body: z.string(),
  /** True when the member rewrote it; DELETE restores the default. */
  custom: z.boolean(),
  /** The placeholders this template uses. */
  placeholders: z.array(z.string()),
});
export type LetterTemplate = z.infer<typeof letterTemplateSchema>;

/** GET /api/letters/templates: one per profession, plus every placeholder a template may use. */
export const letterTemplateListSchema = z.object({
  templates: z.array(letterTemplateSchema),
  placeholders: z.array(z.object({ key: z.string(), description: z.string() })),
});
export type LetterTemplateList = z.infer<typeof letterTemplateListSchema>;

/** GET /api/letters/draft: for a contact, or (preview) a profession with a sample recipient. */
export const letterDraftQuerySchema = z.object({
  contactId: z.uuid('must be a contact id').optional(),
  profession: z.enum(keysOf(professions)).optional(),
  /** The offer a certificate will be issued from and sent with this letter: fills {{certificate}}. */
  offerId: z.uuid('must be an offer id').optional(),
});
/** POST /api/letters/draft: the same, with an edited (unsaved) template — the live preview while editing. */
export const letterDraftRequestSchema = letterDraftQuerySchema
  .extend({ template: letterTemplateInputSchema.optional() })
  .strict();
export type LetterDraftRequest = z.infer<typeof letterDraftRequestSchema>;

export const letterDraftSchema = z.object({
  profession: z.enum(keysOf(professions)),
  recipientName: z.string(),
  salutation: z.string(),
  subject: z.string(),
  body: z.string(),
  /** The address block exactly as the PDF prints it: name, organisation, street, "City, ST ZIP" (empty ones left out). */
  recipientLines: z.array(z.string()),
  /** Printed pages; the letter should fit on one. */
  pages: z.number().int(),
  tooLong: z.boolean(),
});
export type LetterDraft = z.infer<typeof letterDraftSchema>;

/** POST /api/letters: anything omitted is generated from the template for the contact's profession. */
export const letterCreateSchema = z
  .object({
    contactId: z.uuid('must be a contact id'),
    subject: letterSubject.optional(),
    salutation: letterSalutation.optional(),
    body: letterBody.optional(),
    /** A mail merge's edited template, filled in for this contact. */
    template: letterTemplateInputSchema.optional(),
    /** The offer whose certificate goes with this letter: fills {{certificate}} (else a certificate already issued to the contact does). */
    offerId: z.uuid('must be an offer id').optional(),
  })
  .strict();
export type LetterCreate = z.infer<typeof letterCreateSchema>;

/** PATCH /api/letters/{id}: only while a draft (409 afterwards). */
export const letterUpdateSchema = z
  .object({
    recipientName: line(160).min(1, 'is required').optional(),
    subject: letterSubject.optional(),
    salutation: letterSalutation.optional(),
    body: letterBody.optional(),
  })
  .strict();
export type LetterUpdate = z.infer<typeof letterUpdateSchema>;

/** POST /api/letters/{id}/send: `offerId` issues a certificate for the contact and attaches it; `certificateCode` attaches one already issued. */
export const letterSendSchema = z
  .object({
    offerId: z.uuid('must be an offer id').optional(),
    certificateCode: z.string().trim().min(1).max(40).optional(),
  })
  .strict();
export type LetterSend = z.infer<typeof letterSendSchema>;

/** POST /api/letters/{id}/delivered: a printed letter posted or handed over. */
export const letterDeliveredSchema = z.object({ channel: z.enum(['letter', 'face-to-face']) }).strict();
export type LetterDelivered = z.infer<typeof letterDeliveredSchema>;

export const letterSchema = z.object({
  id: z.uuid(),
  contactId: z.uuid().nullable(),
  /** The contact's current name; null when the contact was deleted. */
  contactName: z.string().nullable(),
  recipientName: z.string(),
  salutation: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(keysOf(letterStatuses)),
  deliveredVia: z.enum(keysOf(letterDeliveryChannels)).nullable(),
  /** The email address it went to. */
  sentTo: z.string().nullable(),
  /** When SMTP accepted it (or it was logged / handed over). */
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
  certificateCode: z.string().nullable(),
  pages: z.number().int(),
  tooLong: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Letter = z.infer<typeof letterSchema>;

export const letterListQuerySchema = z.object({
  contactId: z.uuid('must be a contact id').optional(),
  status: z.enum(keysOf(letterStatuses)).optional(),
});
export type LetterListQuery = z.infer<typeof letterListQuerySchema>;
/** GET /api/letters: newest first. */
export const letterListSchema = z.object({ items: z.array(letterSchema) });
export type LetterList = z.infer<typeof letterListSchema>;
