// Declaring an away period: why (private), from and until, a message for the profile, and the
// colleagues asked to cover. They each get an invitation to accept or decline.
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { awayReasons, maxCovers } from '../../../contracts/circle.ts';
import { useDeclareAway } from '../../api/away.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { awayProblems, initialAwayValues, toAwayCreate, type AwayFormValues } from './away-form.ts';

const reasons = Object.entries(awayReasons).map(([value, label]) => ({ value, label }));

export function DeclareAwayForm({ onDone }: { onDone: () => void }) {
  const form = useForm<AwayFormValues>({ mode: 'controlled', initialValues: initialAwayValues() });
  const declare = useDeclareAway();
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const problems = awayProblems(form.getValues());
    if (problems) return form.setErrors(problems);
    declare.mutate(toAwayCreate(form.getValues()), {
      onSuccess: () => {
        notifications.show({ color: 'sage', message: 'Away period saved. Your colleagues are asked to cover.' });
        form.reset();
        onDone();
      },
      onError: (error) => setProblem(placeErrors(form, error)),
    });
  };

  return (
    <Paper withBorder radius="lg" p="lg" component="form" onSubmit={onSubmit} noValidate aria-label="Declare an away period">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect label="Reason" description="Only you see this" data={reasons} {...form.getInputProps('reason')} />
          <TextInput type="date" label="From" required {...form.getInputProps('startsOn')} />
          <TextInput type="date" label="Until" description="Your last day away" required {...form.getInputProps('endsOn')} />
        </SimpleGrid>
        <Textarea label="Message on your profile" placeholder="Back on the 14th — my colleagues below are happy to help." autosize minRows={2} {...form.getInputProps('message')} />
        <TextInput
          label="Covering colleagues"
          description={`Their profile addresses (e.g. anika-patel), separated by commas; up to ${maxCovers}.`}
          required
          {...form.getInputProps('coverSlugs')}
        />
        <FormAlert message={problem} />
        <Group>
          <Button type="submit" loading={declare.isPending}>
            Declare away period
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
