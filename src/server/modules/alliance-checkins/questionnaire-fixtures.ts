// A WAI-SR-SHAPED definition for tests only: 12 items on 1–5, task 1, 2, 10, 12; bond 3, 5, 7, 9;
// goal 4, 6, 8, 11; summed (total 12–60). The item texts are written for the test — this is NOT the
// WAI-SR's text, which Kneadwork does not ship. Items 4 and 9 are reverse-scored here to exercise
// reversal (the real instrument's keying is irrelevant to the test).
import type { QuestionnaireInput } from '../../../contracts/alliance.ts';

const subscaleOf = (n: number) => ([1, 2, 10, 12].includes(n) ? 'task' : [3, 5, 7, 9].includes(n) ? 'bond' : 'goal');

export const allianceShapedFixture: QuestionnaireInput = {
  key: 'test-twelve-item-alliance',
  title: 'Twelve-item test questionnaire (fixture)',
  licence: 'Test fixture, written for Kneadwork’s tests',
  scale: { min: 1, max: 5, labels: ['Seldom', 'Sometimes', 'Fairly often', 'Very often', 'Always'] },
  subscales: [
    { key: 'goal', label: 'Goal' },
    { key: 'task', label: 'Task' },
    { key: 'bond', label: 'Bond' },
  ],
  items: Array.from({ length: 12 }, (_, index) => {
    const n = index + 1;
    return {
      id: `q${n}`,
      text: `Test statement number ${n} about our work together.`,
      subscale: subscaleOf(n),
      reverse: n === 4 || n === 9,
    };
  }),
  scoring: 'sum',
};
