// Questionnaires as data, the alliance check-ins and feedback forms sent to clients, their trend,
// the practice figures and retention: one set of schemas for /api/questionnaires,
// /api/clients/{id}/check-ins, /api/clients/{id}/alliance, /api/alliance/* and /api/portal/check-ins.
import { z } from 'zod';
import { line, text } from './fields.ts';

const key = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be lowercase letters, digits and dashes (2–63)');

export const questionnaireItemSchema = z
  .object({
    id: key,
    text: line(300).min(1, 'is required'),
    subscale: key,
    /** Scored as (min + max − answer). */
    reverse: z.boolean().default(false),
  })
  .strict();

/** A questionnaire definition: items on one scale, grouped in subscales, scored by sum or mean. */
export const questionnaireDefinitionSchema = z
  .object({
    key,
    title: line(200).min(1, 'is required'),
    /** Who wrote it and under which licence: shown with the form. */
    licence: line(300).default(''),
    scale: z
      .object({
        min: z.number().int().min(0).max(10),
        max: z.number().int().min(1).max(11),
        /** One label per point from min to max. */
        labels: z.array(line(60)).max(12),
      })
      .strict()
      .refine((scale) => scale.max > scale.min, 'must have max above min')
      .refine((scale) => scale.labels.length === scale.max - scale.min + 1, 'must label every point of the scale'),
    subscales: z
      .array(z.object({ key, label: line(80).min(1) }).strict())
      .min(1)
      .max(10),
    items: z.array(questionnaireItemSchema).min(1).max(60),
    /** sum: a subscale's score is the sum of its items; mean: their mean. The total follows the same rule over all items. */
    scoring: z.enum(['sum', 'mean'], 'must be sum or mean'),
    /** A free-text question after the items (e.g. "what to change next time"); empty for none. */
    comment: line(300).default(''),
  })
  .strict()
  .superRefine((definition, context) => {
    const subscales = new Set(definition.subscales.map((each) => each.key));
    const ids = new Set<string>();
    definition.items.forEach((item, index) => {
      if (ids.has(item.id))
        context.addIssue({ code: 'custom', path: ['items', index, 'id'], message: 'must be unique' });
      ids.add(item.id);
      if (!subscales.has(item.subscale))
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'subscale'],
          message: 'must be one of the subscales',
        });
    });
    for (const subscale of subscales)
      if (!definition.items.some((item) => item.subscale === subscale))
        context.addIssue({
          code: 'custom',
          path: ['subscales'],
          message: `must each have items (${subscale} has none)`,
        });
  });
export type QuestionnaireDefinition = z.output<typeof questionnaireDefinitionSchema>;
export type QuestionnaireInput = z.input<typeof questionnaireDefinitionSchema>;

export const questionnaireSchema = z.object({
  key: z.string(),
  title: z.string(),
  licence: z.string(),
  /** shipped: written by Kneadwork; practice: loaded by this practice. */
  source: z.enum(['shipped', 'practice']),
  scale: z.object({ min: z.number(), max: z.number(), labels: z.array(z.string()) }),
  subscales: z.array(z.object({ key: z.string(), label: z.string() })),
  items: z.array(z.object({ id: z.string(), text: z.string(), subscale: z.string(), reverse: z.boolean() })),
  scoring: z.enum(['sum', 'mean']),
  comment: z.string(),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;
export const questionnaireListSchema = z.object({ items: z.array(questionnaireSchema) });

export const checkInKinds = ['alliance', 'feedback'] as const;
export type CheckInKind = (typeof checkInKinds)[number];
const scoresSchema = z.record(z.string(), z.number());

export const checkInSendSchema = z.object({ questionnaire: key }).strict();
/** A check-in as the therapist sees it: when sent and answered, and the scores (the answers stay with the record). */
export const checkInSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  kind: z.enum(checkInKinds),
  questionnaire: z.string(),
  sessionId: z.uuid().nullable(),
  sentAt: z.string(),
  answeredAt: z.string().nullable(),
  scores: scoresSchema.nullable(),
});
export type CheckIn = z.infer<typeof checkInSchema>;

/** POST /api/portal/check-ins/{checkInId}: the answer to every item (by item id), and the comment if any. */
export const checkInAnswerSchema = z
  .object({
    answers: z.record(key, z.number('must be a number').int('must be a whole number')),
    comment: text(2_000).default(''),
  })
  .strict();
export type CheckInAnswer = z.input<typeof checkInAnswerSchema>;
/** Alliance: { goal, task, bond, total }; feedback: { comfort, pressure, communication, total }. */
export const checkInResultSchema = z.object({ scores: scoresSchema });

/** A form waiting for the signed-in client (or answered), with the questions to show. */
export const portalCheckInSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  kind: z.enum(checkInKinds),
  sentAt: z.string(),
  answeredAt: z.string().nullable(),
  questionnaire: questionnaireSchema.omit({ source: true }),
});
export type PortalCheckIn = z.infer<typeof portalCheckInSchema>;
export const portalCheckInListSchema = z.object({ items: z.array(portalCheckInSchema) });

const trendPointSchema = z.object({
  checkInId: z.uuid(),
  date: z.string(),
  questionnaire: z.string(),
  goal: z.number().nullable(),
  task: z.number().nullable(),
  bond: z.number().nullable(),
  total: z.number().nullable(),
});
export const allianceSchema = z.object({
  /** Item means (on the questionnaire's scale) per subscale, per answered check-in, oldest first. */
  points: z.array(trendPointSchema),
  baseline: z.object({ goal: z.number(), task: z.number(), bond: z.number() }).nullable(),
  /** The subscales of the latest check-in that fell from the baseline (see docs/client-alliance.md). */
  alert: z.object({ subscales: z.array(z.enum(['goal', 'task', 'bond'])), checkInId: z.uuid() }).nullable(),
  checkIns: z.array(checkInSchema),
  feedback: z.array(checkInSchema.extend({ comment: z.string() })),
});
export type Alliance = z.infer<typeof allianceSchema>;
export type AlliancePoint = z.infer<typeof trendPointSchema>;

export const allianceSummarySchema = z.object({
  sent: z.number(),
  answered: z.number(),
  /** answered / sent, 0–1; null before any was sent. */
  responseRate: z.number().nullable(),
  median: z.object({ goal: z.number().nullable(), task: z.number().nullable(), bond: z.number().nullable() }),
  clientsWithDrop: z.array(z.object({ clientId: z.uuid(), name: z.string(), subscales: z.array(z.string()) })),
});
export type AllianceSummary = z.infer<typeof allianceSummarySchema>;

export const retentionSchema = z.object({
  defaultIntervalDays: z.number(),
  items: z.array(
    z.object({
      clientId: z.uuid(),
      name: z.string(),
      signedSessions: z.number(),
      lastVisit: z.string().nullable(),
      /** Mean days between signed sessions; null under two. */
      averageIntervalDays: z.number().nullable(),
      expectedIntervalDays: z.number(),
      /** Where the expected interval comes from: the client's own override, their current plan's frequency, or the practice default. */
      intervalSource: z.enum(['client', 'plan', 'practice']),
      nextDue: z.string().nullable(),
      overdueDays: z.number(),
    }),
  ),
});
export type Retention = z.infer<typeof retentionSchema>;

export const allianceSettingsSchema = z.object({
  checkInEvery: z.number().int().min(0).max(50),
  expectedIntervalDays: z.number().int().min(1).max(365),
  questionnaire: z.string(),
});
export type AllianceSettings = z.infer<typeof allianceSettingsSchema>;
export const allianceSettingsUpdateSchema = z
  .object({
    checkInEvery: z.number('must be a number').int().min(0, 'must be 0 (never) or more').max(50).optional(),
    expectedIntervalDays: z.number('must be a number').int().min(1, 'must be at least 1').max(365).optional(),
    questionnaire: key.optional(),
  })
  .strict();
export const visitIntervalSchema = z
  .object({ days: z.number('must be a number').int().min(1, 'must be at least 1').max(365).nullable() })
  .strict();

export const rebookingDraftSchema = z.object({ to: z.string(), subject: z.string(), text: z.string() });
export const rebookingSendSchema = z
  .object({ subject: line(200).min(1, 'is required'), text: text(5_000).min(1, 'is required') })
  .strict();
export type RebookingDraft = z.infer<typeof rebookingDraftSchema>;
