import { Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { ChoiceChips } from './ChoiceChips.tsx';
import { options, type SectionProps } from './types.ts';

const countries = [
  { value: 'US', label: 'United States' },
  { value: 'CA', label: 'Canada' },
];

const timeZones = Intl.supportedValuesOf('timeZone');

export function PracticeSection({ form, taxonomy }: SectionProps) {
  const canadian = form.values.country === 'CA';
  return (
    <Stack gap="md">
      <TextInput label="Practice name" {...form.getInputProps('practiceName')} />
      <TextInput
        label="Street address"
        description="Shown on your profile; leave empty if you work from home or are mobile"
        {...form.getInputProps('street')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Country" data={countries} allowDeselect={false} {...form.getInputProps('country')} />
        <TextInput
          label={canadian ? 'Postal code' : 'ZIP code'}
          description="Places you in the directory and on the map"
          placeholder={canadian ? 'A1A 1A1' : '12345'}
          autoComplete="postal-code"
          {...form.getInputProps('postalCode')}
        />
        <TextInput
          label="City"
          description="Filled in from the postal code if left empty"
          autoComplete="address-level2"
          {...form.getInputProps('city')}
        />
        <TextInput
          label={canadian ? 'Province' : 'State'}
          autoComplete="address-level1"
          {...form.getInputProps('region')}
        />
        <Select
          label="Time zone"
          description="Dates on your letters and when your digests arrive; guessed from your postal code"
          placeholder="UTC until you choose"
          data={timeZones}
          searchable
          clearable
          limit={50}
          {...form.getInputProps('timeZone')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Phone" type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
        <TextInput
          label="Public email"
          description="Where colleagues can write to you"
          type="email"
          {...form.getInputProps('publicEmail')}
        />
      </SimpleGrid>
      <TextInput label="Website" placeholder="https://" type="url" {...form.getInputProps('website')} />
      <ChoiceChips
        legend="Where you work"
        table={taxonomy.practiceSettings}
        value={form.values.practiceSettings}
        onChange={(value) => form.setFieldValue('practiceSettings', value as typeof form.values.practiceSettings)}
        error={form.errors.practiceSettings}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Work arrangement"
          placeholder="Choose one"
          data={options(taxonomy.workArrangements)}
          clearable
          {...form.getInputProps('workArrangement')}
        />
        <TagsInput
          label="Languages"
          description="Press Enter after each"
          maxTags={10}
          {...form.getInputProps('languages')}
        />
      </SimpleGrid>
    </Stack>
  );
}
