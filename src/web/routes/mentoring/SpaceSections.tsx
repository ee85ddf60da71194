// The working part of a mentorship's space: goals (add, mark done), check-ins (with an optional
// reminder), my private note, and ending it with feedback. Read-only once it has ended.
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent, type ReactNode } from 'react';
import { messageOf } from '../../api/http.ts';
import { useMentorshipStep, type MentorshipSpace } from '../../api/mentorship.ts';
import { TextStep } from './TextStep.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

const reminderChoices = [
  { value: '', label: 'No reminder' },
  { value: '60', label: 'An hour before' },
  { value: '1440', label: 'A day before' },
];

export function SpaceSections({ space }: { space: MentorshipSpace }) {
  const step = useMentorshipStep(space.id);
  const active = space.status === 'active';
  const [goal, setGoal] = useState('');
  const [when, setWhen] = useState('');
  const [remind, setRemind] = useState('60');
  const [note, setNote] = useState(space.myNote);
  const run = (input: Parameters<typeof step.mutate>[0], done: string, after?: () => void) =>
    step.mutate(input, {
      onSuccess: () => {
        after?.();
        notifications.show({ color: 'sage', message: done });
      },
      onError: (error) => notifications.show({ color: 'red', title: 'Could not save', message: messageOf(error) }),
    });

  const addGoal = (event: FormEvent) => {
    event.preventDefault();
    run({ step: 'goals', body: { title: goal } }, 'Goal added.', () => setGoal(''));
  };
  const addCheckIn = (event: FormEvent) => {
    event.preventDefault();
    const body = { startsAt: new Date(when).toISOString(), ...(remind ? { remindMinutesBefore: Number(remind) } : {}) };
    run({ step: 'check-ins', body }, 'Check-in scheduled.', () => setWhen(''));
  };
  const saveNote = (event: FormEvent) => {
    event.preventDefault();
    run({ step: 'note', method: 'PUT', body: { text: note } }, 'Note saved.');
  };

  return (
    <Stack gap="md">
      <Section id="goals-heading" title="Goals">
        {space.goals.length === 0 && <Text c="dimmed">No goals yet.</Text>}
        {space.goals.map((each) => (
          <Checkbox
            key={each.id}
            label={each.title}
            checked={each.done}
            disabled={each.done || !active}
            onChange={() => run({ step: `goals/${each.id}/done` }, 'Goal done.')}
          />
        ))}
        {active && (
          <Group component="form" onSubmit={addGoal} align="flex-end" wrap="wrap" aria-label="Add a goal">
            <TextInput
              label="New goal"
              required
              value={goal}
              onChange={(e) => setGoal(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 180 }}
            />
            <Button type="submit">Add</Button>
          </Group>
        )}
      </Section>
      <Section id="check-ins-heading" title="Check-ins">
        {space.checkIns.length === 0 && <Text c="dimmed">None scheduled.</Text>}
        {space.checkIns.map((each) => (
          <Text key={each.id} size="sm">
            {new Date(each.startsAt).toLocaleString()}
            {each.remindAt ? ' · reminder on' : ''}
          </Text>
        ))}
        {active && (
          <Stack component="form" onSubmit={addCheckIn} gap="xs" aria-label="Schedule a check-in">
            <TextInput
              type="datetime-local"
              label="When"
              required
              value={when}
              onChange={(e) => setWhen(e.currentTarget.value)}
            />
            <NativeSelect
              label="Reminder"
              data={reminderChoices}
              value={remind}
              onChange={(e) => setRemind(e.currentTarget.value)}
            />
            <Button type="submit" style={{ alignSelf: 'flex-start' }}>
              Schedule
            </Button>
          </Stack>
        )}
      </Section>
      <Section id="note-heading" title="My private note">
        <Stack component="form" onSubmit={saveNote} gap="xs" aria-label="My private note">
          <Textarea
            label="Note"
            description={`Only you see this, never ${space.other.name}.`}
            autosize
            minRows={3}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Button type="submit" variant="light" style={{ alignSelf: 'flex-start' }}>
            Save note
          </Button>
        </Stack>
      </Section>
      {active && (
        <Section id="end-heading" title="End the mentorship">
          <TextStep id={space.id} step="end" field="feedback" label="Your feedback" submit="End" />
        </Section>
      )}
    </Stack>
  );
}
