// Mentorships and requests as a list: who, my role, where it stands; each opens its space.
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { Mentorship } from '../../api/mentorship.ts';

const statusLabels: Record<Mentorship['status'], string> = {
  requested: 'Requested',
  active: 'Active',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  ended: 'Ended',
};

export function MentorshipList({ items }: { items: Mentorship[] }) {
  return (
    <Stack gap="xs">
      {items.map((item) => (
        <Paper withBorder p="sm" key={item.id}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Anchor component={Link} to={`/mentoring/${item.id}`} fw={600}>
                {item.role === 'mentor' ? `Mentoring ${item.other.name}` : `Mentored by ${item.other.name}`}
              </Anchor>
              <Text size="xs" c="dimmed">
                {new Date(item.createdAt).toLocaleDateString()}
              </Text>
            </Stack>
            <Badge variant="light">{statusLabels[item.status]}</Badge>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
