// What I give and what I receive: a service and its minutes on each side, plus an optional note.
import { NumberInput, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { tradeLimits } from '../../../contracts/trade-words.ts';
import type { TermsValues } from './trade-form.ts';

type InputProps = (field: keyof TermsValues) => object;

export function TermsFields({ inputProps }: { inputProps: InputProps }) {
  const { min, max } = tradeLimits.minutes;
  const side = (prefix: 'give' | 'receive', heading: string, hint: string) => (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {heading}
      </Title>
      <TextInput label={`Service I ${prefix}`} placeholder={hint} required {...inputProps(`${prefix}Service`)} />
      <NumberInput
        label={`Minutes I ${prefix}`}
        min={min}
        max={max}
        step={15}
        clampBehavior="none"
        required
        {...inputProps(`${prefix}Minutes`)}
      />
    </Stack>
  );
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {side('give', 'What I give', 'e.g. Swedish massage')}
        {side('receive', 'What I receive', 'e.g. Sports massage')}
      </SimpleGrid>
      <Textarea label="Note (optional)" autosize minRows={2} {...inputProps('note')} />
    </Stack>
  );
}
