import { Stack, Switch } from '@mantine/core';
import type { SectionProps } from './types.ts';

const choices = [
  {
    field: 'acceptingReferrals',
    label: 'I am accepting referrals',
    description: 'Colleagues can filter the directory for professionals with room for new clients.',
  },
  {
    field: 'openToTrades',
    label: 'I am open to treatment trades',
    description: 'Swap sessions with other professionals — a good way to know whom you refer to.',
  },
  { field: 'offeringMentorship', label: 'I would mentor someone newer to the work', description: '' },
  { field: 'seekingMentor', label: 'I am looking for a mentor', description: '' },
] as const;

export function AvailabilitySection({ form }: SectionProps) {
  return (
    <Stack gap="lg">
      {choices.map((choice) => (
        <Switch
          key={choice.field}
          size="md"
          label={choice.label}
          description={choice.description || undefined}
          {...form.getInputProps(choice.field, { type: 'checkbox' })}
        />
      ))}
    </Stack>
  );
}
