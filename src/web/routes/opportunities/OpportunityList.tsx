// A list of posts: title (to the post), kind, place or remote, distance, pay; status when not open.
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { Opportunity } from '../../api/opportunities.ts';
import { factsLine } from './opportunity-labels.ts';

export function OpportunityList({
  items,
  label,
  empty,
  unit = 'mi',
}: {
  items: Opportunity[];
  label: string;
  empty: string;
  unit?: string;
}) {
  if (items.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack component="ul" gap="xs" aria-label={label} p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((post) => (
        <Paper component="li" key={post.id} withBorder p="md">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2} miw={0}>
              <Anchor component={Link} to={`/opportunities/${post.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
                {post.title}
              </Anchor>
              <Text size="sm">{factsLine(post, unit)}</Text>
            </Stack>
            {(post.status !== 'open' || post.hidden) && (
              <Badge color="gray" variant="light">
                {post.hidden ? 'hidden' : post.status}
              </Badge>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
