import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { LazyTagsInput } from './LazyTagsInput.tsx';
import { options, type SectionProps } from './types.ts';

export function AboutSection({ form, taxonomy }: SectionProps) {
  return (
    <Stack gap="md">
      <TextInput
        label="Your name"
        description="As clients and colleagues know you"
        required
        {...form.getInputProps('displayName')}
      />
      <NativeSelect
        label="Profession"
        data={[{ value: '', label: 'Choose…', disabled: true }, ...options(taxonomy.professions)]}
        required
        {...form.getInputProps('profession')}
      />
      <LazyTagsInput
        label="Credentials"
        description="Letters after your name — press Enter after each (e.g. RMT, LMT, CMT)"
        maxTags={10}
        {...form.getInputProps('credentials')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Licence or registration number"
          description="Kept private: shown only to you"
          {...form.getInputProps('licenseNumber')}
        />
        <TextInput
          label="Licensed in"
          description="State or province that issued it"
          {...form.getInputProps('licenseRegion')}
        />
      </SimpleGrid>
    </Stack>
  );
}
