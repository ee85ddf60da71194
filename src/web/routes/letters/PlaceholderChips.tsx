// The placeholders a template may use, as buttons that insert `{{name}}` where the cursor is.
import { Button, Group, Stack, Text } from '@mantine/core';

type Props = {
  placeholders: { key: string; description: string }[];
  used: string[];
  onInsert: (token: string) => void;
};

export function PlaceholderChips({ placeholders, used, onInsert }: Props) {
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id="placeholder-help">
        Insert from your profile
      </Text>
      <Text size="xs" c="dimmed">
        Click to insert at the cursor. Wrap a phrase in [[ … ]] to leave it out when its details are empty.
      </Text>
      <Group gap={6} role="group" aria-labelledby="placeholder-help">
        {placeholders.map((placeholder) => (
          // The browser's own tooltip names it on hover (Mantine's Tooltip would bring floating-ui).
          <Button
            key={placeholder.key}
            title={placeholder.description}
            size="compact-xs"
            radius="xl"
            variant={used.includes(placeholder.key) ? 'light' : 'default'}
            ff="monospace"
            fw={500}
            aria-label={`Insert ${placeholder.description.toLowerCase()}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onInsert(`{{${placeholder.key}}}`)}
          >
            {placeholder.key}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
