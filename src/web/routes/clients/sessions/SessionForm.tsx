// Log a session: the SOAP note, techniques, areas, pressure, pain before and after (NPRS 0–10),
// contraindications checked. Saved as a draft, or signed at once (then locked).
import { Button, Checkbox, Group, Paper, Radio, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
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
};
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
});
const list = (value: string) =>
  value
    .split(',')
    .map((each) => each.trim())
    .filter(Boolean);
const pain = (value: string) => (value.trim() === '' ? null : Number(value));
const painProblem = (value: string) =>
  value.trim() === '' || /^(10|[0-9])$/.test(value.trim()) ? null : 'Must be a whole number from 0 to 10';

export function SessionForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const log = useLogSession(clientId);
  const signing = useRef(false);
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: empty(),
    validate: (values) => {
      const problems: Record<string, string> = {};
      for (const field of ['painBefore', 'painAfter'] as const) {
        const message = painProblem(values[field]);
        if (message) problems[field] = message;
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
