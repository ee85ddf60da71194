import { Radio, Stack } from '@mantine/core';
import type { SectionProps } from './types.ts';

const explained: Record<string, string> = {
  public: 'Listed in the public directory and on a page search engines can find. Your licence number is never shown.',
  members: 'Only signed-in Kneadwork members can find and read your profile.',
  hidden: 'Nobody finds you in the directory. You can still send letters and referrals.',
};

export function VisibilitySection({ form, taxonomy }: SectionProps) {
  return (
    <Radio.Group label="Who can see my profile" {...form.getInputProps('visibility')}>
      <Stack gap="md" mt="sm">
        {Object.entries(taxonomy.visibilities).map(([value, label]) => (
          <Radio key={value} value={value} label={label} description={explained[value]} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
