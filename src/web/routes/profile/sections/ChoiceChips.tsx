// A curated multiple choice as chips: real checkboxes in a fieldset, so it reads and works by keyboard.
import { Chip, Fieldset, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = {
  legend: string;
  description?: string;
  table: Record<string, string>;
  value: string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
};

export function ChoiceChips({ legend, description, table, value, onChange, error }: Props) {
  return (
    <Fieldset legend={legend} variant="unstyled" aria-invalid={error ? true : undefined}>
      {description && (
        <Text size="sm" c="dimmed" mb="xs">
          {description}
        </Text>
      )}
      <Chip.Group multiple value={value} onChange={onChange}>
        <Group gap={8}>
          {Object.entries(table).map(([key, label]) => (
            <Chip key={key} value={key} size="sm" variant="outline">
              {label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {error && (
        <Text size="sm" c="red.7" mt={6} role="alert">
          {error}
        </Text>
      )}
    </Fieldset>
  );
}
