// What I know about this professional: how to reach them, where, how we met, tags and notes.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Contact } from '../../../../contracts/contacts.ts';
import { formatMoment } from '../dates.ts';
import { FollowUpBadge } from '../FollowUpBadge.tsx';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} className="pre-line" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

export function ContactDetails({ contact, onEdit }: { contact: Contact; onEdit: () => void }) {
  const town = [contact.city, [contact.region, contact.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const address = [
    contact.street,
    town,
    contact.country === 'CA' ? 'Canada' : contact.country === 'US' ? 'United States' : '',
  ]
    .filter(Boolean)
    .join('\n');
  const empty =
    !contact.phone && !contact.email && !address && !contact.howWeMet && !contact.notes && contact.tags.length === 0;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="details-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5" id="details-title">
            Details
          </Title>
          <Button size="compact-sm" variant="light" onClick={onEdit}>
            Edit details
          </Button>
        </Group>
        {contact.followUpOn && (
          <Stack gap={2}>
            <FollowUpBadge day={contact.followUpOn} />
            {contact.followUpNote && <Text size="sm">{contact.followUpNote}</Text>}
          </Stack>
        )}
        <Stack gap="sm" component="dl" m={0}>
          {contact.phone && (
            <Item label="Phone">
              <Anchor href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</Anchor>
            </Item>
          )}
          {contact.email && (
            <Item label="Email">
              <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
            </Item>
          )}
          {address && <Item label="Address">{address}</Item>}
          {contact.howWeMet && <Item label="How I know them">{contact.howWeMet}</Item>}
          {contact.notes && <Item label="Notes">{contact.notes}</Item>}
          {contact.tags.length > 0 && (
            <Item label="Tags">
              <Group gap={4} component="span">
                {contact.tags.map((tag) => (
                  <Badge key={tag} size="sm" color="gray" variant="outline" tt="none" fw={500}>
                    {tag}
                  </Badge>
                ))}
              </Group>
            </Item>
          )}
        </Stack>
        {empty && (
          <Text size="sm" c="dimmed">
            No phone, email or notes yet. Add what you know with “Edit details”.
          </Text>
        )}
        <Text size="xs" c="dimmed">
          On your list since {formatMoment(contact.createdAt)}
          {contact.lastInteractionAt && ` · last approach ${formatMoment(contact.lastInteractionAt)}`}
        </Text>
      </Stack>
    </Paper>
  );
}
