// The scope-of-practice helper: describe what you noticed, pick the matching presentation, and it
// suggests who to refer to, how urgently, whether to massage meanwhile, and drafts both reasons.
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useScopeGuide, type ScopeGuideEntry, type ScopeSource } from '../../api/scope-guide.ts';
import { massageLooks, professionName, specialtyName, urgencyLooks } from './guide-labels.ts';

function EntryBadges({ entry }: { entry: ScopeGuideEntry }) {
  return (
    <Group gap={4}>
      <Badge size="sm" variant="light" color={urgencyLooks[entry.urgency].color} tt="none">
        {urgencyLooks[entry.urgency].label}
      </Badge>
      <Badge size="sm" variant="light" color={massageLooks[entry.massage].color} tt="none">
        {massageLooks[entry.massage].label}
      </Badge>
      {entry.emergency && (
        <Badge size="sm" color="red" tt="none">
          Emergency
        </Badge>
      )}
    </Group>
  );
}

function Chosen({
  entry,
  sources,
  onUseDraft,
}: {
  entry: ScopeGuideEntry;
  sources: ScopeSource[];
  onUseDraft: () => void;
}) {
  const cited = sources.filter((source) => entry.sources.includes(source.id));
  return (
    <Alert
      color={entry.emergency || entry.massage === 'do-not-massage' ? 'red' : 'sage'}
      variant="light"
      title={entry.title}
      role="status"
    >
      <Stack gap={6}>
        {entry.emergency && (
          <Text size="sm" fw={700}>
            Call emergency services first; a referral comes after.
          </Text>
        )}
        <Text size="sm">
          Refer to: {entry.referTo.map(professionName).join(' or ')}
          {entry.specialty ? ` (${specialtyName(entry.specialty)})` : ''}. {massageLooks[entry.massage].label}.
        </Text>
        <EntryBadges entry={entry} />
        <Text size="xs">The reasons in the form were drafted from this entry; edit them to fit your client.</Text>
        <Group>
          <Button size="compact-xs" variant="subtle" onClick={onUseDraft}>
            Draft the reasons again
          </Button>
        </Group>
        {cited.length > 0 && (
          <Text size="xs" c="dimmed">
            Sources:{' '}
            {cited.map((source, index) => (
              <span key={source.id}>
                {index > 0 && '; '}
                <Anchor href={source.url} target="_blank" rel="noopener" size="xs">
                  {source.name}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

type Props = {
  chosen: ScopeGuideEntry | null;
  onChoose: (entry: ScopeGuideEntry) => void;
  onUseDraft: (entry: ScopeGuideEntry) => void;
};

export function ScopeHelper({ chosen, onChoose, onUseDraft, initialQuery = '' }: Props & { initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [settled] = useDebouncedValue(query.trim(), 250);
  const guide = useScopeGuide(settled);
  const items = settled ? (guide.data?.items ?? []) : [];
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="scope-helper-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="scope-helper-title">
          Scope-of-practice helper
        </Title>
        <TextInput
          label="What did you notice?"
          description="e.g. joint restriction, numbness, jaw clicking, swollen calf"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        {settled && items.length === 0 && !guide.isFetching && (
          <Text size="sm" c="dimmed">
            Nothing in the guide matches “{settled}”. Try another word.
          </Text>
        )}
        {items.length > 0 && (
          <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Matching presentations">
            {items.slice(0, 6).map((entry) => (
              <Paper
                component="li"
                key={entry.key}
                withBorder
                radius="md"
                p="xs"
                bg={chosen?.key === entry.key ? 'sage.0' : undefined}
              >
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600}>
                      {entry.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      → {entry.referTo.map(professionName).join(' or ')}
                    </Text>
                  </Stack>
                  <Button
                    size="compact-sm"
                    variant={chosen?.key === entry.key ? 'filled' : 'light'}
                    onClick={() => onChoose(entry)}
                    aria-label={`Use “${entry.title}”`}
                  >
                    Use
                  </Button>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        {chosen && <Chosen entry={chosen} sources={guide.data?.sources ?? []} onUseDraft={() => onUseDraft(chosen)} />}
      </Stack>
    </Paper>
  );
}
