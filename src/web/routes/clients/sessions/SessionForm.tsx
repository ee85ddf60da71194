// Log a session: the SOAP note, techniques, areas, pressure, pain before and after (NPRS 0–10),
// each of the client's goals scored before and after (in the goal's own words), contraindications
// checked. Saved as a draft, or signed at once (then locked).
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, type ReactNode } from 'react';
import { useGoals, type Goal } from '../../../api/intake.ts';
import { useLogSession } from '../../../api/sessions.ts';
import type { SessionNoteCreate } from '../../../../contracts/sessions.ts';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { today } from '../../../components/dates.ts';
import { useServerForm } from '../../../components/use-server-form.ts';

const pressures = { light: 'Light', moderate: 'Moderate', firm: 'Firm', deep: 'Deep' } as const;
type Values = {
  date: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  homeCare: string;
  techniques: string;
  areas: string;
  pressure: string;
  painBefore: string;
  painAfter: string;
  contraindicationsChecked: boolean;
  contraindications: string;
  /** Per goal id: the scores before and after, as typed. */
  goalScores: Record<string, GoalScores>;
};
type GoalScores = { before: string; after: string };
const empty = (): Values => ({
  date: today(),
  subjective: '',
  objective: '',
  assessment: '',
  plan: '',
  homeCare: '',
  techniques: '',
  areas: '',
  pressure: '',
  painBefore: '',
  painAfter: '',
  contraindicationsChecked: false,
  contraindications: '',
  goalScores: {},
});
const list = (value: string) =>
  value
    .split(',')
    .map((each) => each.trim())
    .filter(Boolean);
const pain = (value: string) => (value.trim() === '' ? null : Number(value));
const score = (value: string | undefined) => (!value || value.trim() === '' ? null : Number(value));
const scoreProblem = (value: string | undefined) =>
  !value || value.trim() === '' || (/^\d+(\.\d+)?$/.test(value.trim()) && Number(value) <= 1000)
    ? null
    : 'Must be a number from 0 to 1000';
/** The form's error key for one goal's score. */
const goalField = (goalId: string, moment: keyof GoalScores) => `goal:${goalId}:${moment}`;
const painProblem = (value: string) =>
  value.trim() === '' || /^(10|[0-9])$/.test(value.trim()) ? null : 'Must be a whole number from 0 to 10';

/** One goal, in the client's words, with its score before and after the session. */
function GoalFields({
  goal,
  scores,
  errors,
  onChange,
}: {
  goal: Goal;
  scores: GoalScores | undefined;
  errors: Partial<Record<keyof GoalScores, ReactNode>>;
  onChange: (moment: keyof GoalScores, value: string) => void;
}) {
  return (
    <Fieldset
      legend={
        <Text component="span" size="sm" fw={600} lineClamp={2}>
          {goal.words}
        </Text>
      }
      variant="filled"
      p="xs"
    >
      <SimpleGrid cols={2}>
        {(['before', 'after'] as const).map((moment) => (
          <TextInput
            key={moment}
            label={moment === 'before' ? 'Before' : 'After'}
            aria-label={`${goal.words}: score ${moment}`}
            inputMode="decimal"
            value={scores?.[moment] ?? ''}
            error={errors[moment]}
            onChange={(event) => onChange(moment, event.currentTarget.value)}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}

export function SessionForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const log = useLogSession(clientId);
  const goals = useGoals(clientId);
  const signing = useRef(false);
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: empty(),
    validate: (values) => {
      const problems: Record<string, string> = {};
      for (const field of ['painBefore', 'painAfter'] as const) {
        const message = painProblem(values[field]);
        if (message) problems[field] = message;
      }
      for (const [goalId, scores] of Object.entries(values.goalScores))
        for (const moment of ['before', 'after'] as const) {
          const message = scoreProblem(scores[moment]);
          if (message) problems[goalField(goalId, moment)] = message;
        }
      return Object.keys(problems).length > 0 ? problems : null;
    },
    toBody: (values): SessionNoteCreate => ({
      date: values.date || undefined,
      subjective: values.subjective,
      objective: values.objective,
      assessment: values.assessment,
      plan: values.plan,
      homeCare: values.homeCare,
      techniques: list(values.techniques),
      areas: list(values.areas),
      pressure: (values.pressure || null) as SessionNoteCreate['pressure'],
      painBefore: pain(values.painBefore),
      painAfter: pain(values.painAfter),
      contraindicationsChecked: values.contraindicationsChecked,
      contraindications: values.contraindications,
      goalMeasures: Object.entries(values.goalScores)
        .map(([goalId, scores]) => ({ goalId, before: score(scores.before), after: score(scores.after) }))
        .filter((measure) => measure.before !== null || measure.after !== null),
      sign: signing.current,
    }),
    mutation: log,
    onSuccess: (note) => {
      notifications.show({ color: 'sage', message: note.status === 'signed' ? 'Session signed.' : 'Draft saved.' });
      onDone();
    },
  });
  return (
    <Paper
      component="form"
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      withBorder
      radius="lg"
      p="md"
      aria-labelledby="session-form-title"
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="session-form-title">
          Log a session
        </Title>
        <TextInput type="date" label="Date" max={today()} {...form.getInputProps('date')} />
        <Textarea
          label="Subjective"
          description="What the client tells you"
          autosize
          minRows={2}
          {...form.getInputProps('subjective')}
        />
        <Textarea
          label="Objective"
          description="What you observe and test"
          autosize
          minRows={2}
          {...form.getInputProps('objective')}
        />
        <Textarea label="Assessment" autosize minRows={1} {...form.getInputProps('assessment')} />
        <Textarea label="Plan" autosize minRows={1} {...form.getInputProps('plan')} />
        <Textarea label="Home care" autosize minRows={1} {...form.getInputProps('homeCare')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Techniques" description="Separated by commas" {...form.getInputProps('techniques')} />
          <TextInput label="Areas" description="Separated by commas" {...form.getInputProps('areas')} />
        </SimpleGrid>
        <Radio.Group label="Pressure" {...form.getInputProps('pressure')}>
          <Group gap="sm" mt={6}>
            {Object.entries(pressures).map(([value, label]) => (
              <Radio key={value} value={value} label={label} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={2}>
          <TextInput label="Pain before" description="0–10" inputMode="numeric" {...form.getInputProps('painBefore')} />
          <TextInput label="Pain after" description="0–10" inputMode="numeric" {...form.getInputProps('painAfter')} />
        </SimpleGrid>
        {goals.data && goals.data.length > 0 && (
          <Stack gap="xs">
            {goals.data.map((goal) => (
              <GoalFields
                key={goal.id}
                goal={goal}
                scores={form.values.goalScores[goal.id]}
                errors={{
                  before: form.errors[goalField(goal.id, 'before')],
                  after: form.errors[goalField(goal.id, 'after')],
                }}
                onChange={(moment, value) => {
                  form.setFieldValue('goalScores', (previous) => ({
                    ...previous,
                    [goal.id]: { before: '', after: '', ...previous[goal.id], [moment]: value },
                  }));
                  form.clearFieldError(goalField(goal.id, moment));
                }}
              />
            ))}
          </Stack>
        )}
        <Checkbox
          label="Contraindications checked"
          {...form.getInputProps('contraindicationsChecked', { type: 'checkbox' })}
        />
        <TextInput
          label="Which contraindications"
          description="Optional"
          {...form.getInputProps('contraindications')}
        />
        <FormAlert message={problem} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" variant="light" loading={busy} onClick={() => (signing.current = false)}>
            Save draft
          </Button>
          <Button type="submit" loading={busy} onClick={() => (signing.current = true)}>
            Sign
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
