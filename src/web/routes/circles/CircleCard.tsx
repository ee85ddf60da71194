// One circle in a list: its name (the way in), kind, visibility, where it meets, members, the
// distance when searched near a postal code, and where I stand.
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { CircleSummary } from '../../api/circles.ts';
import { kindLabel, membersOf, placeOf, standingLabel, visibilityLabel } from './circle-labels.ts';

export function CircleCard({ circle, unit }: { circle: CircleSummary; unit?: string }) {
  const standing = circle.me ? standingLabel[circle.me.status] : undefined;
  return (
    <Paper withBorder radius="md" p="md" component="li">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/circles/${circle.slug}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {circle.name}
          </Anchor>
          {standing && (
            <Badge variant="light" color="sage">
              {circle.me?.role === 'member' || circle.me?.status !== 'active' ? standing : circle.me.role}
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline">{kindLabel(circle.kind)}</Badge>
          <Badge variant="outline" color="gray">
            {visibilityLabel[circle.visibility]}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {placeOf(circle)} · {membersOf(circle)}
          {circle.distance !== null && ` · ${circle.distance.toFixed(1)} ${unit ?? 'mi'} away`}
        </Text>
        {circle.description && (
          <Text size="sm" lineClamp={2}>
            {circle.description}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
