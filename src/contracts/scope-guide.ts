// The scope-of-practice helper: a curated guide of presentations and red flags (who to refer to,
// how urgently, whether to massage) and a glossary for writing referrals. The same schemas
// validate the reviewed data files at startup and describe /api/scope-guide and /api/glossary.
import { z } from 'zod';
import { keysOf, professions, specialties } from './taxonomy.ts';

export const urgencies = ['routine', 'soon', 'urgent'] as const;
export const massageAdvice = ['ok', 'modify', 'do-not-massage'] as const;

const prose = z.string().trim().min(10, 'must be a sentence').max(600);

export const scopeSourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
    name: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url(),
    usedFor: z.string().min(1),
  })
  .strict();

export const scopeGuideEntrySchema = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    title: z.string().trim().min(3).max(160),
    signs: prose,
    referTo: z.array(z.enum(keysOf(professions))).min(1, 'must name at least one profession'),
    specialty: z.enum(keysOf(specialties)).optional(),
    urgency: z.enum(urgencies),
    // True when the first step is to call emergency services, not to book an appointment.
    emergency: z.boolean().default(false),
    massage: z.enum(massageAdvice),
    clinicalReason: prose,
    plainReason: prose,
    sources: z.array(z.string()).min(1, 'must cite at least one source'),
  })
  .strict();

export const glossaryTermSchema = z
  .object({
    term: z.string().trim().min(1).max(80),
    plain: z.string().trim().min(3).max(400),
    aliases: z.array(z.string().trim().min(1).max(80)).optional(),
    /** Keys of the guide entries the term relates to: a guide search for the term or an alias finds them. */
    entries: z.array(z.string()).optional(),
  })
  .strict();

export const scopeGuideQuerySchema = z
  .object({
    q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
    profession: z.enum(keysOf(professions)).optional(),
  })
  .strict();

export const glossaryQuerySchema = z
  .object({
    q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const scopeGuideListSchema = z.object({
  items: z.array(scopeGuideEntrySchema),
  sources: z.array(scopeSourceSchema),
});
export const glossaryListSchema = z.object({ items: z.array(glossaryTermSchema) });

export type Urgency = (typeof urgencies)[number];
export type MassageAdvice = (typeof massageAdvice)[number];
export type ScopeSource = z.infer<typeof scopeSourceSchema>;
export type ScopeGuideEntry = z.infer<typeof scopeGuideEntrySchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type ScopeGuideQuery = z.infer<typeof scopeGuideQuerySchema>;
export type GlossaryQuery = z.infer<typeof glossaryQuerySchema>;
