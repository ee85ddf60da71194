// The goal and plan forms of the client page (ClientGoalsPlan.tsx loads them when one is opened):
// a new goal in the client's words, a new measurement of a goal, and the plan (saving it is the
// therapist's agreement; the client is asked again).
import { Button, Checkbox, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { bodyRegions } from '../../../contracts/body-areas.ts';
import { useAddGoal, useRecordMeasure, useSavePlan, type Goal, type PlanVersion } from '../../api/intake.ts';
import { ApiError, messageOf } from '../../api/http.ts';
import { FormAlert } from '../../components/FormAlert.tsx';

const fieldError = (error: unknown, field: string) =>
  error instanceof ApiError
    ? error.fields.find((f) => f.field === field || f.field.startsWith(`${field}.`))?.message
    : undefined;
const numberOrUndefined = (value: string | number) => (typeof value === 'number' ? value : undefined);

export function MeasureForm({ clientId, goal, onDone }: { clientId: string; goal: Goal; onDone: () => void }) {
  const record = useRecordMeasure(clientId);
  const [psfs, setPsfs] = useState<(number | undefined)[]>(goal.activities.map(() => undefined));
  const [nprs, setNprs] = useState<number | undefined>();
  const [peg, setPeg] = useState<(number | undefined)[]>([undefined, undefined, undefined]);
  const [rom, setRom] = useState<number | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const complete = (items: (number | undefined)[]) => (items.every((item) => item !== undefined) ? items : undefined);
    const values = {
      ...(goal.activities.length && complete(psfs) ? { psfs: complete(psfs) } : {}),
      ...(nprs !== undefined ? { nprs } : {}),
      ...(goal.tracksPeg && complete(peg) ? { peg: complete(peg) } : {}),
      ...(goal.rom && rom !== undefined ? { romDegrees: rom } : {}),
    };
    record.mutate({ goalId: goal.id, values }, { onSuccess: onDone });
  };
  const scale = { min: 0, max: 10, allowDecimal: false, maw: 160 } as const;
  const pegWords = [
    'Average pain this past week',
    'Pain interfering with enjoyment of life',
    'Pain interfering with general activity',
  ];
  return (
    <form onSubmit={submit} aria-label="Record measures">
      <Stack gap="xs">
        {goal.activities.map((activity, index) => (
          <NumberInput
            key={activity}
            {...scale}
            label={`${activity} (0 = cannot do, 10 = as before)`}
            value={psfs[index] ?? ''}
            onChange={(value) =>
              setPsfs((items) => items.map((item, i) => (i === index ? numberOrUndefined(value) : item)))
            }
          />
        ))}
        <NumberInput
          {...scale}
          label="Pain now (0 = none, 10 = worst imaginable)"
          value={nprs ?? ''}
          onChange={(value) => setNprs(numberOrUndefined(value))}
        />
        {goal.tracksPeg &&
          pegWords.map((words, index) => (
            <NumberInput
              key={words}
              {...scale}
              label={`${words} (0–10)`}
              value={peg[index] ?? ''}
              onChange={(value) =>
                setPeg((items) => items.map((item, i) => (i === index ? numberOrUndefined(value) : item)))
              }
            />
          ))}
        {goal.rom && (
          <NumberInput
            label={`${goal.rom.joint}, ${goal.rom.movement} (degrees)`}
            min={0}
            max={360}
            allowDecimal={false}
            maw={160}
            value={rom ?? ''}
            onChange={(value) => setRom(numberOrUndefined(value))}
          />
        )}
        <FormAlert message={record.error ? messageOf(record.error) : null} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={record.isPending}>
            Save
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function GoalForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const add = useAddGoal(clientId);
  const [words, setWords] = useState('');
  const [activities, setActivities] = useState(['']);
  const [tracksPeg, setTracksPeg] = useState(false);
  const [joint, setJoint] = useState('');
  const [movement, setMovement] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        words,
        activities: activities.map((a) => a.trim()).filter(Boolean),
        tracksPeg,
        rom: joint.trim() && movement.trim() ? { joint: joint.trim(), movement: movement.trim() } : null,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} aria-label="New goal">
      <Stack gap="xs">
        <Textarea
          label="The goal, in the client’s own words"
          required
          autosize
          minRows={2}
          value={words}
          onChange={(event) => setWords(event.currentTarget.value)}
          error={fieldError(add.error, 'words')}
        />
        <Text size="sm" fw={500}>
          Activities the client finds hard (PSFS, up to 5)
        </Text>
        {activities.map((activity, index) => (
          <TextInput
            key={index}
            aria-label={`Activity ${index + 1}`}
            placeholder={`Activity ${index + 1}`}
            value={activity}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setActivities((items) => items.map((item, i) => (i === index ? value : item)));
            }}
          />
        ))}
        {activities.length < 5 && (
          <Group>
            <Button size="xs" variant="subtle" onClick={() => setActivities((items) => [...items, ''])}>
              Add activity
            </Button>
          </Group>
        )}
        <Checkbox
          label="Also measure PEG (pain, enjoyment, general activity)"
          checked={tracksPeg}
          onChange={(event) => setTracksPeg(event.currentTarget.checked)}
        />
        <Group grow>
          <TextInput
            label="Range of motion: joint"
            value={joint}
            onChange={(event) => setJoint(event.currentTarget.value)}
          />
          <TextInput label="Movement" value={movement} onChange={(event) => setMovement(event.currentTarget.value)} />
        </Group>
        <FormAlert message={add.error ? messageOf(add.error) : null} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={add.isPending}>
            Add goal
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PlanForm({
  clientId,
  goals,
  current,
  onDone,
}: {
  clientId: string;
  goals: Goal[];
  current: PlanVersion | null;
  onDone: () => void;
}) {
  const save = useSavePlan(clientId);
  const [summary, setSummary] = useState(current?.summary ?? '');
  const [modalities, setModalities] = useState(current?.modalities.join(', ') ?? '');
  const [areas, setAreas] = useState<string[]>(current?.areas ?? []);
  const [sessionsPer, setSessionsPer] = useState<number | undefined>(current?.sessionsPer ?? 1);
  const [per, setPer] = useState<'week' | 'month'>(current?.per ?? 'week');
  const [durationWeeks, setDurationWeeks] = useState<number | undefined>(current?.durationWeeks ?? 6);
  const [reviewOn, setReviewOn] = useState(current?.reviewOn ?? '');
  const [goalIds, setGoalIds] = useState<string[]>(current?.goalIds ?? goals.map((goal) => goal.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        summary,
        modalities: modalities
          .split(',')
          .map((m) => m.trim())
          .filter(Boolean),
        areas,
        sessionsPer: sessionsPer ?? 0,
        per,
        durationWeeks: durationWeeks ?? 0,
        reviewOn: reviewOn || null,
        goalIds,
      },
      {
        onSuccess: () => {
          notifications.show({ message: 'Plan saved. The client is asked to agree to this version.' });
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Treatment plan">
      <Stack gap="xs">
        <Textarea
          label="The plan"
          autosize
          minRows={3}
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
          error={fieldError(save.error, 'summary')}
        />
        <TextInput
          label="Modalities"
          description="Separated by commas, e.g. Swedish, myofascial release"
          value={modalities}
          onChange={(event) => setModalities(event.currentTarget.value)}
          error={fieldError(save.error, 'modalities')}
        />
        <Checkbox.Group label="Areas" value={areas} onChange={setAreas} error={fieldError(save.error, 'areas')}>
          <Stack gap={4} mt={4}>
            {bodyRegions.map((region) => (
              <Group key={region.id} gap="xs" role="group" aria-label={region.words}>
                {region.areas.map((area) => (
                  <Checkbox key={area.id} value={area.id} label={area.words} size="xs" />
                ))}
              </Group>
            ))}
          </Stack>
        </Checkbox.Group>
        <Group grow align="flex-start">
          <NumberInput
            label="Sessions"
            min={1}
            max={14}
            allowDecimal={false}
            value={sessionsPer ?? ''}
            onChange={(value) => setSessionsPer(numberOrUndefined(value))}
            error={fieldError(save.error, 'sessionsPer')}
          />
          <Select
            label="Per"
            data={[
              { value: 'week', label: 'week' },
              { value: 'month', label: 'month' },
            ]}
            value={per}
            allowDeselect={false}
            onChange={(value) => setPer(value === 'month' ? 'month' : 'week')}
          />
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label="For (weeks)"
            min={1}
            max={104}
            allowDecimal={false}
            value={durationWeeks ?? ''}
            onChange={(value) => setDurationWeeks(numberOrUndefined(value))}
            error={fieldError(save.error, 'durationWeeks')}
          />
          <TextInput
            label="Review on"
            type="date"
            value={reviewOn}
            onChange={(event) => setReviewOn(event.currentTarget.value)}
            error={fieldError(save.error, 'reviewOn')}
          />
        </Group>
        {goals.length > 0 && (
          <Checkbox.Group label="Goals this plan works toward" value={goalIds} onChange={setGoalIds}>
            <Stack gap={4} mt={4}>
              {goals.map((goal) => (
                <Checkbox key={goal.id} value={goal.id} label={goal.words} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <FormAlert message={save.error ? messageOf(save.error) : null} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={save.isPending}>
            Save and agree
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
