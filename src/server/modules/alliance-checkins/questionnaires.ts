// The questionnaires Kneadwork ships, written by us (docs/questionnaires/massage-alliance-check-in.md,
// CC BY 4.0), and the one scoring rule every definition follows — a practice's own included.
import type { QuestionnaireDefinition } from '../../../contracts/alliance.ts';
import { invalid } from '../../http/errors.ts';

const agreement = ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Completely'];
export const shippedLicence = 'Massage alliance check-in © Kneadwork contributors, CC BY 4.0';
const feedbackLicence = 'Session feedback form © Kneadwork contributors, CC BY 4.0';

/** Kneadwork's own massage alliance check-in: 6 items, 2 per subscale, one reverse-scored; 1–5; mean. */
export const massageAllianceCheckIn: QuestionnaireDefinition = {
  key: 'kneadwork-massage-alliance',
  title: 'How are our sessions going?',
  licence: shippedLicence,
  scale: { min: 1, max: 5, labels: agreement },
  subscales: [
    { key: 'goal', label: 'Goals' },
    { key: 'task', label: 'Tasks' },
    { key: 'bond', label: 'Bond' },
  ],
  items: [
    { id: 'goal-1', subscale: 'goal', reverse: false, text: 'Our sessions work on what matters most to me.' },
    { id: 'task-1', subscale: 'task', reverse: false, text: 'The techniques and pressure suit what I need.' },
    { id: 'bond-1', subscale: 'bond', reverse: false, text: 'I feel safe and respected on the table.' },
    { id: 'goal-2', subscale: 'goal', reverse: false, text: 'I know what we are aiming for together.' },
    { id: 'task-2', subscale: 'task', reverse: true, text: 'I am unsure why my therapist does what they do.' },
    { id: 'bond-2', subscale: 'bond', reverse: false, text: 'I can say when something feels uncomfortable.' },
  ],
  scoring: 'mean',
  comment: '',
};

/** The short form after each signed session: comfort, pressure, communication (1–5) and one question. */
export const sessionFeedbackForm: QuestionnaireDefinition = {
  key: 'kneadwork-session-feedback',
  title: 'How was your session?',
  licence: feedbackLicence,
  scale: { min: 1, max: 5, labels: ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'] },
  subscales: [
    { key: 'comfort', label: 'Comfort' },
    { key: 'pressure', label: 'Pressure' },
    { key: 'communication', label: 'Communication' },
  ],
  items: [
    { id: 'comfort', subscale: 'comfort', reverse: false, text: 'How comfortable were you?' },
    { id: 'pressure', subscale: 'pressure', reverse: false, text: 'How right was the pressure for you?' },
    { id: 'communication', subscale: 'communication', reverse: false, text: 'How well did we talk and listen?' },
  ],
  scoring: 'mean',
  comment: 'What should we change next time?',
};

export const shippedQuestionnaires = [massageAllianceCheckIn];

const round = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Checks the answers (every item, whole numbers on the scale, nothing else): 400 naming answers otherwise. */
export function checkAnswers(definition: QuestionnaireDefinition, answers: Record<string, number>) {
  const ids = new Set(definition.items.map((item) => item.id));
  for (const id of Object.keys(answers)) if (!ids.has(id)) throw invalid('answers', `name no item called ${id}`);
  for (const item of definition.items) {
    const answer = answers[item.id];
    if (answer === undefined) throw invalid('answers', 'must answer every question');
    if (!Number.isInteger(answer) || answer < definition.scale.min || answer > definition.scale.max)
      throw invalid('answers', `must be whole numbers from ${definition.scale.min} to ${definition.scale.max}`);
  }
}

/**
 * Scores by the definition: each item's value (reverse items: min + max − answer), then per subscale
 * and over all items the sum or the mean (two decimals). `itemMeans` is always the mean per item, so
 * trends compare on the scale whatever the scoring.
 */
export function score(definition: QuestionnaireDefinition, answers: Record<string, number>) {
  const { min, max } = definition.scale;
  const valueOf = (item: QuestionnaireDefinition['items'][number]) =>
    item.reverse ? min + max - answers[item.id]! : answers[item.id]!;
  const combine = definition.scoring === 'sum' ? sum : mean;
  const scores: Record<string, number> = {};
  const itemMeans: Record<string, number> = {};
  for (const { key } of definition.subscales) {
    const values = definition.items.filter((item) => item.subscale === key).map(valueOf);
    scores[key] = round(combine(values));
    itemMeans[key] = round(mean(values));
  }
  const all = definition.items.map(valueOf);
  scores.total = round(combine(all));
  itemMeans.total = round(mean(all));
  return { scores, itemMeans };
}
