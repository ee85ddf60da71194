// Declaring an away period: why (private), from and until, a message for the profile, and the
// colleagues asked to cover. They each get an invitation to accept or decline.
import { Button, CloseButton, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { awayReasons, maxCovers } from '../../../contracts/cover-words.ts';
import { useDeclareAway } from '../../api/away.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { MemberPicker } from '../../components/MemberPicker.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { awayCheck, initialAwayValues, toAwayCreate } from './away-form.ts';

const reasons = Object.entries(awayReasons).map(([value, label]) => ({ value, label }));

export function DeclareAwayForm({ onDone }: { onDone: () => void }) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: initialAwayValues(),
    check: awayCheck,
    toBody: toAwayCreate,
    mutation: useDeclareAway(),
    // The form closes once saved.
    onSuccess: () => {
      notifications.show({ color: 'sage', message: 'Away period saved. Your colleagues are asked to cover.' });
      onDone();
    },
  });
  const covers = form.values.coverSlugs;

  return (
    <FormCard name={{ label: 'Declare an away period' }} formRef={formRef} onSubmit={onSubmit}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect label="Reason" description="Only you see this" data={reasons} {...form.getInputProps('reason')} />
        <TextInput type="date" label="From" required {...form.getInputProps('startsOn')} />
        <TextInput
          type="date"
          label="Until"
          description="Your last day away"
          required
          {...form.getInputProps('endsOn')}
        />
      </SimpleGrid>
      <Textarea
        label="Message on your profile"
        placeholder="Back on the 14th — my colleagues below are happy to help."
        autosize
        minRows={2}
        {...form.getInputProps('message')}
      />
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
          <Stack
            gap={4}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label="Chosen covering colleagues"
          >
            {covers.map((member) => (
              <Group component="li" key={member.slug} gap="xs" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {member.displayName}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={`Remove ${member.displayName}`}
                  onClick={() =>
                    form.setFieldValue(
                      'coverSlugs',
                      covers.filter((other) => other.slug !== member.slug),
                    )
                  }
                />
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      <FormAlert message={problem} />
      <Group>
        <Button type="submit" loading={busy}>
          Declare away period
        </Button>
      </Group>
    </FormCard>
  );
}
