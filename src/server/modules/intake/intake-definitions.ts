// Intake definitions as data: the shipped default (./data/massage-intake.json, read and checked when
// the app starts), checking a definition (unique ids, flags that name a real guide entry), checking
// answers against one (400 naming the question), and the flags the answers raise.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bodyAreaIds } from '../../../contracts/body-areas.ts';
import {
  intakeDefinitionInputSchema,
  type IntakeAnswer,
  type IntakeAnswers,
  type IntakeDefinition,
  type IntakeDefinitionInput,
  type IntakeFlagDefinition,
  type IntakeQuestion,
  type IntakeSimpleQuestion,
} from '../../../contracts/intake.ts';
import { invalid } from '../../http/errors.ts';

export const defaultDefinitionFile = path.join(import.meta.dirname, 'data', 'massage-intake.json');

/** Every question of a definition, follow-ups included, with the question it follows. */
export function questionsOf(definition: IntakeDefinitionInput) {
  return definition.sections.flatMap((section) =>
    section.questions.flatMap((question): (IntakeQuestion | IntakeSimpleQuestion)[] =>
      question.type === 'yes-no' && question.followUp ? [question, question.followUp] : [question],
    ),
  );
}

/** Every flag a definition can raise. */
export function flagsOf(definition: IntakeDefinitionInput): IntakeFlagDefinition[] {
  return questionsOf(definition).flatMap((question) => [
    ...('flag' in question && question.flag ? [question.flag] : []),
    ...(question.type === 'choice' ? question.options.flatMap((option) => (option.flag ? [option.flag] : [])) : []),
  ]);
}

/** Ids unique, scales sensible, every flag's guide entry known; otherwise 400 naming the place. */
export function checkDefinition(definition: IntakeDefinitionInput, guideKeys: ReadonlySet<string>) {
  const seen = new Set<string>();
  for (const question of questionsOf(definition)) {
    if (seen.has(question.id)) throw invalid('sections', `question id "${question.id}" appears more than once`);
    seen.add(question.id);
    if (question.type === 'scale' && question.min >= question.max)
      throw invalid('sections', `question "${question.id}": min must be below max`);
  }
  const flags = new Map<string, IntakeFlagDefinition>();
  for (const flag of flagsOf(definition)) {
    if (flag.guideKey && !guideKeys.has(flag.guideKey))
      throw invalid('sections', `flag "${flag.id}" links to unknown guide entry "${flag.guideKey}"`);
    flags.set(flag.id, flag);
  }
  return definition;
}

export function loadDefaultDefinition(guideKeys: ReadonlySet<string>, file = defaultDefinitionFile): IntakeDefinition {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
  const parsed = intakeDefinitionInputSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `${path.basename(file)}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  if (typeof raw.version !== 'number') throw new Error(`${path.basename(file)}: version must be a number`);
  try {
    checkDefinition(parsed.data, guideKeys);
  } catch (error) {
    throw new Error(`${path.basename(file)}: ${(error as Error).message}`, { cause: error });
  }
  return { ...parsed.data, source: 'default', version: raw.version };
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

function checkSimple(question: IntakeSimpleQuestion, answer: IntakeAnswer, field: string) {
  const fail = (message: string) => invalid(field, `“${question.words}” ${message}`);
  switch (question.type) {
    case 'text':
      if (typeof answer !== 'string') throw fail('must be text');
      return;
    case 'date':
      if (typeof answer !== 'string' || (answer !== '' && !isDay(answer))) throw fail('must be a date (YYYY-MM-DD)');
      return;
    case 'scale':
      if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < question.min || answer > question.max)
        throw fail(`must be a whole number from ${question.min} to ${question.max}`);
      return;
    case 'body-areas':
      if (!Array.isArray(answer) || answer.some((area) => !bodyAreaIds.includes(area)))
        throw fail('must be a list of body areas');
      return;
    case 'choice': {
      const known = new Set(question.options.map((option) => option.id));
      if (question.multiple) {
        if (!Array.isArray(answer) || answer.some((option) => !known.has(option)))
          throw fail('must be a list of its options');
      } else if (typeof answer !== 'string' || (answer !== '' && !known.has(answer)))
        throw fail('must be one of its options');
      return;
    }
  }
}

const isEmpty = (answer: IntakeAnswer | undefined) =>
  answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0);

/** The answers, checked against the definition: unknown, malformed or missing required ones → 400 naming the question. */
export function checkAnswers(definition: IntakeDefinitionInput, answers: IntakeAnswers): IntakeAnswers {
  const top = definition.sections.flatMap((section) => section.questions);
  const known = new Set(top.map((question) => question.id));
  const unknown = Object.keys(answers).find((key) => !known.has(key));
  if (unknown) throw invalid(`answers.${unknown}`, 'is not a question of this form');
  for (const question of top) {
    const answer = answers[question.id];
    const field = `answers.${question.id}`;
    if (isEmpty(answer)) {
      if (question.required) throw invalid(field, `“${question.words}” needs an answer`);
      continue;
    }
    if (question.type !== 'yes-no') {
      checkSimple(question, answer!, field);
      continue;
    }
    if (typeof answer !== 'object' || Array.isArray(answer) || typeof answer.yes !== 'boolean')
      throw invalid(field, `“${question.words}” must be answered yes or no`);
    if (answer.followUp === undefined) continue;
    if (!question.followUp || !answer.yes)
      throw invalid(`${field}.followUp`, `“${question.words}” has no follow-up for this answer`);
    if (!isEmpty(answer.followUp)) checkSimple(question.followUp, answer.followUp, `${field}.followUp`);
  }
  return answers;
}

/** The ids of the flags these answers raise (a yes to a flagged question, a flagged option chosen), in form order. */
export function raisedFlags(definition: IntakeDefinitionInput, answers: IntakeAnswers): string[] {
  const raised = new Set<string>();
  for (const question of definition.sections.flatMap((section) => section.questions)) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    if (
      question.type === 'yes-no' &&
      question.flag &&
      typeof answer === 'object' &&
      !Array.isArray(answer) &&
      answer.yes
    )
      raised.add(question.flag.id);
    if (question.type === 'choice') {
      const chosen = Array.isArray(answer) ? answer : [answer];
      for (const option of question.options) if (option.flag && chosen.includes(option.id)) raised.add(option.flag.id);
    }
  }
  return [...raised];
}
