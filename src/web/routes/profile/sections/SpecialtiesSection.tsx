import { Stack, TextInput } from '@mantine/core';
import { ChoiceChips } from './ChoiceChips.tsx';
import type { SectionProps } from './types.ts';

export function SpecialtiesSection({ form, taxonomy }: SectionProps) {
  return (
    <Stack gap="lg">
      <ChoiceChips
        legend="Specialties"
        description="The conditions and clients you know best"
        table={taxonomy.specialties}
        value={form.values.specialties}
        onChange={(value) => form.setFieldValue('specialties', value as typeof form.values.specialties)}
        error={form.errors.specialties}
      />
      <TextInput label="Other specialties" description="Anything the list is missing, separated by commas" {...form.getInputProps('specialtiesOther')} />
      <ChoiceChips
        legend="Modalities"
        description="The techniques you use"
        table={taxonomy.modalities}
        value={form.values.modalities}
        onChange={(value) => form.setFieldValue('modalities', value as typeof form.values.modalities)}
        error={form.errors.modalities}
      />
      <TextInput label="Other modalities" {...form.getInputProps('modalitiesOther')} />
    </Stack>
  );
}
