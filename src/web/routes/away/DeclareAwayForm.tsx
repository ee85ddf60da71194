// Declaring an away period: why (private), from and until, a message for the profile, and the
// colleagues asked to cover. They each get an invitation to accept or decline.
import { Button, CloseButton, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { awayReasons, maxCovers } from '../../../contracts/cover.ts';
import { useDeclareAway } from '../../api/away.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { MemberPicker } from '../../components/MemberPicker.tsx';
import { placeErrors } from '../../components/form-errors.ts';
import { awayProblems, initialAwayValues, toAwayCreate, type AwayFormValues } from './away-form.ts';

const reasons = Object.entries(awayReasons).map(([value, label]) => ({ value, label }));

export function DeclareAwayForm({ onDone }: { onDone: () => void }) {
  const form = useForm<AwayFormValues>({ mode: 'controlled', initialValues: initialAwayValues() });
  const declare = useDeclareAway();
  const [problem, setProblem] = useState<string | null>(null);
  const covers = form.values.coverSlugs;

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
        <Stack gap={6}>
          <MemberPicker
            label="Covering colleagues"
            description={`Type part of a name and choose from the list; up to ${maxCovers}.`}
            required
            error={form.errors.coverSlugs}
            exclude={covers.map((member) => member.slug)}
            onPick={(member) => {
              form.clearFieldError('coverSlugs');
              if (covers.length < maxCovers) form.setFieldValue('coverSlugs', [...covers, member]);
            }}
          />
          {covers.length > 0 && (
            <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Chosen covering colleagues">
              {covers.map((member) => (
                <Group component="li" key={member.slug} gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {member.displayName}
                  </Text>
                  <CloseButton size="sm" aria-label={`Remove ${member.displayName}`} onClick={() => form.setFieldValue('coverSlugs', covers.filter((other) => other.slug !== member.slug))} />
                </Group>
              ))}
            </Stack>
          )}
        </Stack>
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
