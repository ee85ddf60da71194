import { Stack, TagsInput } from '@mantine/core';
import { splitOwnItems } from '../../../../contracts/profile-words.ts';
import { ChoiceChips } from './ChoiceChips.tsx';
import type { SectionProps } from './types.ts';

const splitChars = [',', ';'];

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
      {/* Commas and semicolons end an entry as they are typed or pasted; whatever arrives whole is split by the contract's own rule. */}
      <TagsInput
        label="Other specialties"
        description="Anything the list is missing, separated by commas"
        splitChars={splitChars}
        maxTags={12}
        {...form.getInputProps('specialtiesOther')}
        onChange={(values) => form.setFieldValue('specialtiesOther', splitOwnItems(values))}
      />
      <ChoiceChips
        legend="Modalities"
        description="The techniques you use"
        table={taxonomy.modalities}
        value={form.values.modalities}
        onChange={(value) => form.setFieldValue('modalities', value as typeof form.values.modalities)}
        error={form.errors.modalities}
      />
      <TagsInput
        label="Other modalities"
        description="Separated by commas"
        splitChars={splitChars}
        maxTags={12}
        {...form.getInputProps('modalitiesOther')}
        onChange={(values) => form.setFieldValue('modalitiesOther', splitOwnItems(values))}
      />
    </Stack>
  );
}
