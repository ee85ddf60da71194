import { Anchor, Avatar, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { DirectoryItem } from '../../../contracts/directory.ts';
import type { Taxonomy } from '../../api/profile.ts';
import { formatDistance } from './distance.ts';

type Props = { item: DirectoryItem; taxonomy: Taxonomy | undefined; unit: 'mi' | 'km'; mine: boolean };

export function ResultCard({ item, taxonomy, unit, mine }: Props) {
  const label = (table: Record<string, string> | undefined, key: string) => table?.[key] ?? key;
  const distance = formatDistance(item.distance, unit);
  const tags = [
    ...item.specialties.map((key) => label(taxonomy?.specialties, key)),
    ...item.modalities.map((key) => label(taxonomy?.modalities, key)),
  ];
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      component="article"
      aria-labelledby={`result-${item.slug}`}
      data-testid="directory-result"
    >
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Avatar src={item.logoUrl} alt="" size={56} radius="md" color="sage">
          {item.displayName.slice(0, 1)}
        </Avatar>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Group gap="xs">
              <Anchor component={Link} to={`/members/${item.slug}`} fw={600} size="lg" id={`result-${item.slug}`}>
                {item.displayName}
              </Anchor>
              {mine && (
                <Badge variant="outline" color="sage" size="sm" tt="none">
                  You
                </Badge>
              )}
            </Group>
            {distance && (
              <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
                {distance}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {label(taxonomy?.professions, item.profession)}
            {item.practiceName && ` · ${item.practiceName}`}
          </Text>
          <Text size="sm" c="dimmed">
            {[item.city, item.region].filter(Boolean).join(', ')}
          </Text>
          {(item.acceptingReferrals || tags.length > 0) && (
            <Group gap={6} mt={4}>
              {item.acceptingReferrals && (
                <Badge color="sage" variant="light" tt="none">
                  Accepting referrals
                </Badge>
              )}
              {tags.slice(0, 5).map((tag) => (
                <Badge key={tag} color="gray" variant="outline" tt="none" fw={500}>
                  {tag}
                </Badge>
              ))}
              {tags.length > 5 && (
                <Text size="xs" c="dimmed">
                  +{tags.length - 5} more
                </Text>
              )}
            </Group>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
