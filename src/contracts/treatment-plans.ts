// Goals in the client's words with their measures (PSFS, pain NPRS, optional PEG and range of
// motion), and the treatment plan made together: every change is a new version both sides agree to.
import { z } from 'zod';
import { bodyAreaIds } from './body-areas.ts';
import { isoDate, line, text } from './fields.ts';

const score = z.number().int('must be a whole number').min(0, 'must be 0 to 10').max(10, 'must be 0 to 10');

/** One measurement of a goal; the PSFS items follow the goal's activities, in order. */
export const measureInputSchema = z
  .object({
    psfs: z.array(score).min(1).max(5).optional(),
    nprs: score.optional(),
    peg: z.array(score).length(3, 'must be the 3 PEG items').optional(),
    romDegrees: z.number().int().min(0).max(360).optional(),
    moment: z.enum(['before', 'after']).optional(),
  })
  .strict();
export type MeasureInput = z.infer<typeof measureInputSchema>;

export const measureSchema = z.object({
  id: z.uuid(),
  psfsItems: z.array(z.number()).nullable(),
  /** PSFS: the mean of the items. */
  psfs: z.number().nullable(),
  nprs: z.number().nullable(),
  pegItems: z.array(z.number()).nullable(),
  /** PEG: the mean of its 3 items. */
  peg: z.number().nullable(),
  romDegrees: z.number().nullable(),
  sessionId: z.string().nullable(),
  moment: z.enum(['before', 'after']).nullable(),
  recordedAt: z.string(),
});
export type Measure = z.infer<typeof measureSchema>;

const romSchema = z.object({ joint: line(80).min(1, 'is required'), movement: line(80).min(1, 'is required') });

export const goalCreateSchema = z
  .object({
    /** The goal in the client's own words; sealed. */
    words: text(1000).min(1, 'is required'),
    /** PSFS: up to 5 activities the client finds hard, in their words. */
    activities: z.array(line(200).min(1, 'must not be empty')).max(5, 'must be at most 5 activities').default([]),
    tracksPeg: z.boolean().default(false),
    rom: romSchema.nullable().default(null),
    /** A first measurement, taken now. */
    baseline: measureInputSchema.optional(),
  })
  .strict();
export type GoalCreate = z.input<typeof goalCreateSchema>;

export const goalSchema = z.object({
  id: z.uuid(),
  words: z.string(),
  activities: z.array(z.string()),
  tracksPeg: z.boolean(),
  rom: romSchema.nullable(),
  createdAt: z.string(),
  latest: measureSchema.nullable(),
  /** Oldest first. */
  measures: z.array(measureSchema),
});
export type Goal = z.infer<typeof goalSchema>;
export const goalListSchema = z.object({ items: z.array(goalSchema) });

export const planFrequencies = { week: 'per week', month: 'per month' } as const;

export const planInputSchema = z
  .object({
    /** The plan in words; sealed. */
    summary: text(4000).default(''),
    modalities: z.array(line(80).min(1)).max(20).default([]),
    areas: z
      .array(z.string().refine((area) => bodyAreaIds.includes(area), 'must be body areas'))
      .max(40)
      .default([]),
    sessionsPer: z.number().int().min(1, 'must be at least 1').max(14),
    per: z.enum(['week', 'month']),
    durationWeeks: z.number().int().min(1, 'must be at least 1 week').max(104),
    reviewOn: isoDate.nullable().default(null),
    goalIds: z.array(z.uuid('must be goal ids')).max(20).default([]),
  })
  .strict();
export type PlanInput = z.input<typeof planInputSchema>;

export const planVersionSchema = z.object({
  version: z.number().int(),
  summary: z.string(),
  modalities: z.array(z.string()),
  areas: z.array(z.string()),
  sessionsPer: z.number().int(),
  per: z.enum(['week', 'month']),
  durationWeeks: z.number().int(),
  reviewOn: z.string().nullable(),
  goalIds: z.array(z.string()),
  therapistAgreedAt: z.string().nullable(),
  clientAgreedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const planCommentSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  author: z.enum(['client', 'therapist']),
  text: z.string(),
  createdAt: z.string(),
});
export type PlanComment = z.infer<typeof planCommentSchema>;

/** GET …/plan: null before the first plan; otherwise the current version, every version (newest first) and comments. */
export const planViewSchema = z.object({
  plan: z
    .object({
      id: z.uuid(),
      current: planVersionSchema,
      versions: z.array(planVersionSchema),
      comments: z.array(planCommentSchema),
    })
    .nullable(),
});
export type PlanView = z.infer<typeof planViewSchema>;

export const planAgreeSchema = z.object({ version: z.number().int().min(1, 'must be a plan version') }).strict();
export const planCommentInputSchema = z.object({ text: text(2000).min(1, 'is required') }).strict();
