// Intake forms as data (a definition: sections of questions) and a client's answers to one. The
// default massage intake ships in the repository (server/modules/intake/data); a practice may save
// its own copy, each save a new version. Answers are sealed under the client's key; the flags an
// answer raises are kept as plain ids so every session screen can show them.
import { z } from 'zod';
import { line, text } from './fields.ts';

export const flagSeverities = ['stop', 'caution', 'note'] as const;
export type FlagSeverity = (typeof flagSeverities)[number];

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lowercase letters, digits and dashes')
  .max(63);

/** A flag an answer raises, linked to a scope-of-practice guide entry (its key). */
export const intakeFlagDefinitionSchema = z.object({
  id,
  words: line(200).min(1, 'is required'),
  severity: z.enum(flagSeverities),
  guideKey: id.optional(),
});
export type IntakeFlagDefinition = z.infer<typeof intakeFlagDefinitionSchema>;

const optionSchema = z.object({ id, words: line(200).min(1), flag: intakeFlagDefinitionSchema.optional() });

const base = {
  id,
  words: line(300).min(1, 'is required'),
  help: text(600).optional(),
  required: z.boolean().optional(),
};
const textQuestion = z.object({ ...base, type: z.literal('text'), long: z.boolean().optional() });
const choiceQuestion = z.object({
  ...base,
  type: z.literal('choice'),
  multiple: z.boolean().optional(),
  options: z.array(optionSchema).min(1).max(40),
});
const scaleQuestion = z.object({
  ...base,
  type: z.literal('scale'),
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(1).max(100),
  minWords: line(80).optional(),
  maxWords: line(80).optional(),
});
const bodyAreaQuestion = z.object({ ...base, type: z.literal('body-areas') });
const dateQuestion = z.object({ ...base, type: z.literal('date') });
const simpleQuestion = z.discriminatedUnion('type', [
  textQuestion,
  choiceQuestion,
  scaleQuestion,
  bodyAreaQuestion,
  dateQuestion,
]);
const yesNoQuestion = z.object({
  ...base,
  type: z.literal('yes-no'),
  /** Raised when the answer is yes. */
  flag: intakeFlagDefinitionSchema.optional(),
  /** Asked when the answer is yes. */
  followUp: simpleQuestion.optional(),
});
export const intakeQuestionSchema = z.discriminatedUnion('type', [
  textQuestion,
  choiceQuestion,
  scaleQuestion,
  bodyAreaQuestion,
  dateQuestion,
  yesNoQuestion,
]);
export type IntakeQuestion = z.infer<typeof intakeQuestionSchema>;
export type IntakeSimpleQuestion = z.infer<typeof simpleQuestion>;

export const intakeSectionSchema = z.object({
  id,
  title: line(200).min(1),
  intro: text(1000).optional(),
  questions: z.array(intakeQuestionSchema).min(1).max(60),
});
export type IntakeSection = z.infer<typeof intakeSectionSchema>;

/** What a practice writes (PUT /api/intake/definition) and what the shipped file holds. */
export const intakeDefinitionInputSchema = z.object({
  title: line(200).min(1, 'is required'),
  sections: z.array(intakeSectionSchema).min(1).max(30),
});
export type IntakeDefinitionInput = z.infer<typeof intakeDefinitionInputSchema>;

/** Which definition: the shipped default, or the practice's own copy; and its version. */
export const intakeDefinitionRefSchema = z.object({
  source: z.enum(['default', 'practice']),
  version: z.number().int().min(1),
});
export type IntakeDefinitionRef = z.infer<typeof intakeDefinitionRefSchema>;
export const intakeDefinitionSchema = intakeDefinitionInputSchema.extend(intakeDefinitionRefSchema.shape);
export type IntakeDefinition = z.infer<typeof intakeDefinitionSchema>;

/** One answer: text/date/single choice → string; multiple choice and body areas → ids; scale → number; yes/no → { yes, followUp }. */
const simpleAnswer = z.union([z.string().max(10_000), z.array(z.string().max(100)).max(60), z.number()]);
export const intakeAnswerSchema = z.union([
  simpleAnswer,
  z.object({ yes: z.boolean(), followUp: simpleAnswer.optional() }),
]);
export type IntakeAnswer = z.infer<typeof intakeAnswerSchema>;
export type IntakeAnswers = Record<string, IntakeAnswer>;

export const intakeSubmitSchema = z.object({
  /** The definition answered; the practice's current one when left out. */
  definition: intakeDefinitionRefSchema.optional(),
  answers: z.record(z.string().max(63), intakeAnswerSchema),
});
export type IntakeSubmit = z.infer<typeof intakeSubmitSchema>;

/** A raised flag with its words and the scope-of-practice guide entry it links to. */
export const intakeFlagSchema = z.object({
  id: z.string(),
  words: z.string(),
  severity: z.enum(flagSeverities),
  guide: z
    .object({
      key: z.string(),
      title: z.string(),
      massage: z.string(),
      referTo: z.array(z.string()),
      plainReason: z.string(),
    })
    .nullable(),
});
export type IntakeFlag = z.infer<typeof intakeFlagSchema>;
export const intakeFlagsSchema = z.object({ items: z.array(intakeFlagSchema) });

export const intakeSubmissionSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  definition: intakeDefinitionRefSchema,
  answers: z.record(z.string(), intakeAnswerSchema),
  flags: z.array(z.string()),
  submittedBy: z.enum(['therapist', 'client']),
  createdAt: z.string(),
});
export type IntakeSubmission = z.infer<typeof intakeSubmissionSchema>;

export const intakeVersionSchema = intakeSubmissionSchema.pick({
  id: true,
  version: true,
  definition: true,
  flags: true,
  submittedBy: true,
  createdAt: true,
});
export type IntakeVersion = z.infer<typeof intakeVersionSchema>;

/** GET /api/clients/{id}/intake: the latest answers (null before any), the definition they answer, flags, every version. */
export const intakeViewSchema = z.object({
  submission: intakeSubmissionSchema.nullable(),
  definition: intakeDefinitionSchema,
  flags: z.array(intakeFlagSchema),
  versions: z.array(intakeVersionSchema),
});
export type IntakeView = z.infer<typeof intakeViewSchema>;
