// "Translate terms": look up a medical word and get its plain meaning, to write the client's
// version of the reason. A found meaning can be added to the plain-language reason in one click.
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useGlossary } from '../../api/scope-guide.ts';

export function GlossaryPanel({
  onUse,
  initialQuery = '',
}: {
  onUse: (sentence: string) => void;
  initialQuery?: string;
}) {
  const [query, setQuery] = useState(initialQuery);
  const [settled] = useDebouncedValue(query.trim(), 250);
  const glossary = useGlossary(settled);
  const items = settled.length >= 2 ? (glossary.data?.items ?? []) : [];
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="glossary-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="glossary-title">
          Translate terms
        </Title>
        <TextInput
          label="Medical term"
          description="Find the plain words for the client’s version"
          placeholder="e.g. hypomobility"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        {settled.length >= 2 && items.length === 0 && !glossary.isFetching && (
          <Text size="sm" c="dimmed">
            No term matches “{settled}”.
          </Text>
        )}
        {items.length > 0 && (
          <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Glossary matches">
            {items.map((item) => (
              <Group component="li" key={item.term} justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {item.term}
                  </Text>
                  <Text size="sm">{item.plain}</Text>
                </div>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => onUse(`${item.term}: ${item.plain}`)}
                  aria-label={`Add the meaning of ${item.term} to the plain-language reason`}
                >
                  Add
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
