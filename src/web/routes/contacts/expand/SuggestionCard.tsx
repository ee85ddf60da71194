// A professional near me who is not on my list yet; one click adds them.
import { Anchor, Avatar, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '../../../app/routing.tsx';
import { professions } from '../../../../contracts/taxonomy.ts';
import type { Suggestion } from '../../../api/contacts.ts';
import { initials } from '../../../components/initials.ts';

const formatDistance = (distance: number, unit: 'mi' | 'km') =>
  `${distance < 10 ? distance.toFixed(1) : Math.round(distance)} ${unit}`;

type Props = {
  suggestion: Suggestion;
  unit: 'mi' | 'km';
  addedId: string | undefined;
  adding: boolean;
  onAdd: () => void;
};

export function SuggestionCard({ suggestion, unit, addedId, adding, onAdd }: Props) {
  const distance = formatDistance(suggestion.distance, unit);
  const where = [suggestion.practiceName, [suggestion.city, suggestion.region].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(' · ');
  const why = suggestion.reason;
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      component="article"
      aria-labelledby={`suggestion-${suggestion.slug}`}
      data-testid="suggestion"
    >
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Avatar src={suggestion.logoUrl} alt="" size={48} radius="md" color="sage">
          {initials(suggestion.displayName)}
        </Avatar>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Anchor component={Link} to={`/members/${suggestion.slug}`} fw={600} id={`suggestion-${suggestion.slug}`}>
              {suggestion.displayName}
            </Anchor>
            <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
              {distance}
            </Badge>
          </Group>
          <Text size="sm">
            {professions[suggestion.profession as keyof typeof professions] ?? suggestion.profession}
          </Text>
          {where && (
            <Text size="sm" c="dimmed">
              {where}
            </Text>
          )}
          {why && (
            <Text size="xs" c="sage.9">
              {why}
            </Text>
          )}
          <Group mt={6} gap="sm">
            {addedId ? (
              <>
                <Text size="sm" fw={600} c="sage.9" role="status">
                  Added ✓
                </Text>
                <Anchor component={Link} to={`/contacts/${addedId}`} size="sm">
                  Open in my list
                </Anchor>
              </>
            ) : (
              <Button
                size="xs"
                loading={adding}
                onClick={onAdd}
                aria-label={`Add ${suggestion.displayName} to my list`}
              >
                Add to my list
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
