// Step 1 of a mail merge: narrow my list (profession, stage, name) and tick who gets a letter —
// e.g. every chiropractor still at "identified".
import { Badge, Button, Checkbox, Group, NativeSelect, Box, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Contact } from '../../../../contracts/contacts.ts';
import { stages, type Stage } from '../../../../contracts/pipeline.ts';
import { professions, type Profession } from '../../../../contracts/taxonomy.ts';

type Props = { contacts: Contact[]; selected: Set<string>; onChange: (next: Set<string>) => void };

const any = (label: string, table: Record<string, string>) => [
  { value: '', label },
  ...Object.entries(table).map(([value, text]) => ({ value, label: text })),
];

export function MergeRecipients({ contacts, selected, onChange }: Props) {
  const [profession, setProfession] = useState<Profession | ''>('');
  const [stage, setStage] = useState<Stage | ''>('identified');
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = contacts.filter(
    (contact) =>
      (!profession || contact.profession === profession) &&
      (!stage || contact.stage === stage) &&
      (!needle || `${contact.name} ${contact.organisation}`.toLowerCase().includes(needle)),
  );
  const shownSelected = shown.filter((contact) => selected.has(contact.id)).length;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  const setShown = (on: boolean) => {
    const next = new Set(selected);
    for (const contact of shown)
      if (on) next.add(contact.id);
      else next.delete(contact.id);
    onChange(next);
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          label="Profession"
          data={any('Any profession', professions)}
          value={profession}
          onChange={(event) => setProfession(event.currentTarget.value as Profession | '')}
        />
        <NativeSelect
          label="Stage"
          data={any('Any stage', stages)}
          value={stage}
          onChange={(event) => setStage(event.currentTarget.value as Stage | '')}
        />
        <TextInput
          label="Name or organisation"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
      </SimpleGrid>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {shown.length === 1 ? '1 professional matches' : `${shown.length} professionals match`}
        </Text>
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="light"
            disabled={shown.length === 0 || shownSelected === shown.length}
            onClick={() => setShown(true)}
          >
            Select all {shown.length}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            disabled={shownSelected === 0}
            onClick={() => setShown(false)}
          >
            Clear these
          </Button>
        </Group>
      </Group>
      <Box mah={360} pr="xs" style={{ overflowY: 'auto' }}>
        <Stack gap={6} role="group" aria-label="Recipients">
          {shown.map((contact) => (
            <Checkbox
              key={contact.id}
              checked={selected.has(contact.id)}
              onChange={(event) => toggle(contact.id, event.currentTarget.checked)}
              label={
                <Group gap={6} wrap="wrap">
                  <Text size="sm" fw={500}>
                    {contact.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {professions[contact.profession]} · {stages[contact.stage]}
                  </Text>
                  {!contact.email && (
                    <Badge size="xs" color="yellow" variant="light" tt="none">
                      no email
                    </Badge>
                  )}
                </Group>
              }
            />
          ))}
          {shown.length === 0 && (
            <Text size="sm" c="dimmed">
              No one on your list matches. Try another stage or profession.
            </Text>
          )}
        </Stack>
      </Box>
    </Stack>
  );
}
