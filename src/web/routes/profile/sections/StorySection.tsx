import { Stack, Textarea } from '@mantine/core';
import type { SectionProps } from './types.ts';

export function StorySection({ form }: SectionProps) {
  const counted = (field: 'treatmentGoals' | 'howMyWorkHelps' | 'history' | 'hobbies', max: number) => ({
    ...form.getInputProps(field),
    autosize: true,
    minRows: 3,
    maxRows: 10,
    maxLength: max,
    inputWrapperOrder: ['label', 'description', 'input', 'error'] as ('label' | 'description' | 'input' | 'error')[],
  });
  return (
    <Stack gap="md">
      <Textarea
        label="How my work helps your patients"
        description="Written for a chiropractor, physiotherapist or physician deciding whether to refer to you"
        {...counted('howMyWorkHelps', 1500)}
      />
      <Textarea
        label="Treatment goals"
        description="What you and your clients work towards"
        {...counted('treatmentGoals', 1500)}
      />
      <Textarea label="My history" description="How you came to this work (optional)" {...counted('history', 2000)} />
      <Textarea
        label="Outside the treatment room"
        description="Hobbies and interests — a good start for a conversation (optional)"
        {...counted('hobbies', 500)}
      />
    </Stack>
  );
}
