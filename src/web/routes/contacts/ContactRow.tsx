import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { Contact } from '../../../contracts/contacts.ts';
import { FollowUpBadge } from './FollowUpBadge.tsx';
import { StageBadge } from './StageBadge.tsx';

export function ContactRow({ contact }: { contact: Contact }) {
  const where = [contact.organisation, contact.city].filter(Boolean).join(' · ');
  const reach = [contact.phone, contact.email].filter(Boolean).join(' · ');
  return (
    <Paper
      withBorder
      radius="md"
      px="md"
      py="sm"
      component="article"
      aria-labelledby={`contact-${contact.id}`}
      data-testid="contact-row"
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Group gap="xs">
            <Anchor component={Link} to={`/contacts/${contact.id}`} fw={600} id={`contact-${contact.id}`}>
              {contact.name}
            </Anchor>
            {contact.linkedMember && (
              <Badge size="xs" variant="dot" color="sage" tt="none">
                On Kneadwork
              </Badge>
            )}
          </Group>
          {where && (
            <Text size="sm" c="dimmed" truncate>
              {where}
            </Text>
          )}
          {reach && (
            <Text size="sm" c="dimmed" truncate>
              {reach}
            </Text>
          )}
        </Stack>
        <Group gap={6} justify="flex-end">
          {contact.followUpOn && <FollowUpBadge day={contact.followUpOn} />}
          <StageBadge stage={contact.stage} />
        </Group>
      </Group>
      {contact.tags.length > 0 && (
        <Group gap={4} mt={6}>
          {contact.tags.map((tag) => (
            <Badge key={tag} size="sm" color="gray" variant="outline" tt="none" fw={500}>
              {tag}
            </Badge>
          ))}
        </Group>
      )}
    </Paper>
  );
}
