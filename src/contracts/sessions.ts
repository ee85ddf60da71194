// Session notes (SOAP) and the progress they record: one set of schemas for
// /api/clients/{id}/sessions, /api/clients/{id}/progress, the portal's shared notes and the forms.
import { z } from 'zod';
import { isoDate, line, text } from './fields.ts';

export const pressureLevels = ['light', 'moderate', 'firm', 'deep'] as const;
export type Pressure = (typeof pressureLevels)[number];

/** The parts of a note a therapist may share with the client, in the order they are shown. */
export const noteParts = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
  homeCare: 'Home care',
  techniques: 'Techniques',
  areas: 'Areas',
} as const;
export type NotePart = keyof typeof noteParts;
export const notePartKeys = Object.keys(noteParts) as [NotePart, ...NotePart[]];

const nprs = z.number('must be a number from 0 to 10').int('must be a whole number').min(0).max(10);
const score = z.number('must be a number').min(0, 'must be 0 or more').max(1000);

export const goalMeasureSchema = z
  .object({
    goalId: z.uuid('must be a goal id'),
    before: score.nullable().default(null),
    after: score.nullable().default(null),
  })
  .strict();

// The fields without defaults: PATCH changes only what it names.
const noteFields = {
  /** The day of the session (YYYY-MM-DD); today when left out. */
  date: isoDate,
  subjective: text(20_000),
  objective: text(20_000),
  assessment: text(20_000),
  plan: text(20_000),
  homeCare: text(10_000),
  techniques: z.array(line(120)).max(30),
  areas: z.array(line(120)).max(30),
  pressure: z.enum(pressureLevels, 'must be light, moderate, firm or deep').nullable(),
  painBefore: nprs.nullable(),
  painAfter: nprs.nullable(),
  goalMeasures: z.array(goalMeasureSchema).max(10),
  contraindicationsChecked: z.boolean(),
  /** Which contraindications were considered (free text). */
  contraindications: text(2_000),
};

/** POST /api/clients/{id}/sessions: a draft, or signed at once with `sign: true`. */
export const sessionNoteCreateSchema = z
  .object({
    date: noteFields.date.optional(),
    subjective: noteFields.subjective.default(''),
    objective: noteFields.objective.default(''),
    assessment: noteFields.assessment.default(''),
    plan: noteFields.plan.default(''),
    homeCare: noteFields.homeCare.default(''),
    techniques: noteFields.techniques.default([]),
    areas: noteFields.areas.default([]),
    pressure: noteFields.pressure.default(null),
    painBefore: noteFields.painBefore.default(null),
    painAfter: noteFields.painAfter.default(null),
    goalMeasures: noteFields.goalMeasures.default([]),
    contraindicationsChecked: noteFields.contraindicationsChecked.default(false),
    contraindications: noteFields.contraindications.default(''),
    sign: z.boolean().default(false),
  })
  .strict();
/** PATCH …/{sessionId}: any subset, only while a draft. */
export const sessionNoteUpdateSchema = z.object(noteFields).partial().strict();
export type SessionNoteCreate = z.input<typeof sessionNoteCreateSchema>;
export type SessionNoteUpdate = z.input<typeof sessionNoteUpdateSchema>;

export const amendmentCreateSchema = z.object({ text: text(10_000).min(1, 'is required') }).strict();
export const noteShareSchema = z
  .object({ parts: z.array(z.enum(notePartKeys, 'must be parts of the note')).max(notePartKeys.length) })
  .strict();

const amendmentSchema = z.object({ id: z.uuid(), text: z.string(), authorName: z.string(), createdAt: z.string() });
export const sessionNoteSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  date: z.string(),
  status: z.enum(['draft', 'signed']),
  subjective: z.string(),
  objective: z.string(),
  assessment: z.string(),
  plan: z.string(),
  homeCare: z.string(),
  techniques: z.array(z.string()),
  areas: z.array(z.string()),
  pressure: z.enum(pressureLevels).nullable(),
  painBefore: z.number().nullable(),
  painAfter: z.number().nullable(),
  goalMeasures: z.array(z.object({ goalId: z.uuid(), before: z.number().nullable(), after: z.number().nullable() })),
  contraindicationsChecked: z.boolean(),
  contraindications: z.string(),
  sharedParts: z.array(z.enum(notePartKeys)),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  amendments: z.array(amendmentSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SessionNote = z.infer<typeof sessionNoteSchema>;
export type Amendment = z.infer<typeof amendmentSchema>;
export const sessionNoteListSchema = z.object({ items: z.array(sessionNoteSchema) });

/** What the client sees of a shared note: the chosen parts only, and the amendments when the note is shared. */
export const sharedNoteSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  date: z.string(),
  parts: z.array(z.object({ part: z.enum(notePartKeys), label: z.string(), text: z.string() })),
  sharedAt: z.string().nullable(),
});
export type SharedNote = z.infer<typeof sharedNoteSchema>;
export const sharedNoteListSchema = z.object({ items: z.array(sharedNoteSchema) });

const progressPointSchema = z.object({
  sessionId: z.uuid(),
  date: z.string(),
  before: z.number().nullable(),
  after: z.number().nullable(),
});
export const progressSchema = z.object({
  /** 'pain' (NPRS 0–10) first, then one series per goal id measured in a signed or draft session. */
  series: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(['pain', 'goal']),
      goalId: z.uuid().nullable(),
      points: z.array(progressPointSchema),
    }),
  ),
});
export type Progress = z.infer<typeof progressSchema>;
export type ProgressPoint = z.infer<typeof progressPointSchema>;
