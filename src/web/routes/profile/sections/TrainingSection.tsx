import { MultiSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { options, thisYear, type SectionProps } from './types.ts';

export function TrainingSection({ form, taxonomy }: SectionProps) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="School" style={{ gridColumn: 'span 2' }} {...form.getInputProps('school')} />
        <NumberInput
          label="Graduation year"
          min={1950}
          max={thisYear + 1}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          {...form.getInputProps('graduationYear')}
        />
      </SimpleGrid>
      <MultiSelect
        label="Professional associations"
        placeholder="Choose any that apply"
        data={options(taxonomy.associations)}
        searchable
        clearable
        {...form.getInputProps('associations')}
      />
      <TextInput
        label="Other associations"
        description="Any not in the list"
        {...form.getInputProps('associationsOther')}
      />
      <NumberInput
        label="First year in practice"
        description="We show colleagues how many years you have practised"
        min={1950}
        max={thisYear}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        maw={240}
        {...form.getInputProps('firstYearInPractice')}
      />
    </Stack>
  );
}
