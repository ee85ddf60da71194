// Filters for the list and board. Choices apply at once; typing applies after a short pause.
import { Button, Group, NativeSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { stages } from '../../../contracts/pipeline.ts';
import { professions } from '../../../contracts/taxonomy.ts';
import { isFiltered, noFilters, type ContactFilters as Filters, type ContactsView } from './contacts-params.ts';

type Props = {
  filters: Filters;
  view: ContactsView;
  byProfession: Record<string, number>;
  onApply: (filters: Filters) => void;
};

export function ContactFilters({ filters, view, byProfession, onApply }: Props) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const applyLater = useDebouncedCallback(onApply, 350);
  const type = (change: Partial<Filters>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    applyLater(next);
  };
  const choose = (change: Partial<Filters>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    onApply(next);
  };
  const professionOptions = [
    { value: '', label: 'All professions' },
    ...Object.entries(professions).map(([value, label]) => ({
      value,
      label: byProfession[value] ? `${label} (${byProfession[value]})` : label,
    })),
  ];

  return (
    <Paper
      withBorder
      radius="lg"
      p="sm"
      component="form"
      role="search"
      aria-label="Filter my professionals"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: view === 'list' ? 5 : 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          label="Search"
          placeholder="Name, organisation, email…"
          value={draft.q}
          onChange={(event) => type({ q: event.currentTarget.value })}
        />
        <NativeSelect
          label="Profession"
          data={professionOptions}
          value={draft.profession ?? ''}
          onChange={(event) => choose({ profession: (event.currentTarget.value || null) as Filters['profession'] })}
        />
        {view === 'list' && (
          <NativeSelect
            label="Stage"
            data={[
              { value: '', label: 'All stages' },
              ...Object.entries(stages).map(([value, label]) => ({ value, label })),
            ]}
            value={draft.stage ?? ''}
            onChange={(event) => choose({ stage: (event.currentTarget.value || null) as Filters['stage'] })}
          />
        )}
        <TextInput
          label="Tag"
          placeholder="e.g. sports"
          value={draft.tag}
          onChange={(event) => type({ tag: event.currentTarget.value })}
        />
        <NativeSelect
          label="Follow-up"
          data={[
            { value: '', label: 'Any' },
            { value: 'due', label: 'Due (today or overdue)' },
            { value: 'upcoming', label: 'Coming up' },
          ]}
          value={draft.followUp ?? ''}
          onChange={(event) => choose({ followUp: (event.currentTarget.value || null) as Filters['followUp'] })}
        />
      </SimpleGrid>
      {isFiltered(draft) && (
        <Group justify="flex-end" mt="xs">
          <Button size="compact-sm" variant="subtle" onClick={() => choose(noFilters)}>
            Clear filters
          </Button>
        </Group>
      )}
    </Paper>
  );
}
