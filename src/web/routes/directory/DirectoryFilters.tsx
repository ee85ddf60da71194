// The filter panel: choices apply at once; the two text fields apply on Enter or "Search".
// Native selects: accessible and familiar on every device, and no popover code on this page.
import {
  Button,
  Divider,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { Taxonomy } from '../../api/profile.ts';
import { radiusChoices, type Filters } from './directory-params.ts';

type Props = {
  filters: Filters;
  taxonomy: Taxonomy | undefined;
  nearError: string | null;
  onApply: (filters: Filters) => void;
};

const any = (label: string, table: Record<string, string> | undefined) => [
  { value: '', label },
  ...Object.entries(table ?? {}).map(([value, text]) => ({ value, label: text })),
];

const empty: Filters = {
  q: '',
  profession: null,
  specialty: null,
  modality: null,
  acceptingReferrals: false,
  near: '',
  radius: '25',
  unit: 'mi',
  sort: null,
};

export function DirectoryFilters({ filters, taxonomy, nearError, onApply }: Props) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const choose = (change: Partial<Filters>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    onApply(next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const hasNear = draft.near.trim() !== '';

  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      component="form"
      onSubmit={onSubmit}
      role="search"
      aria-label="Filter the directory"
    >
      <Stack gap="sm">
        <Title order={2} size="h5">
          Filters
        </Title>
        <TextInput
          label="Search"
          placeholder="Name, practice, town, specialty…"
          value={draft.q}
          onChange={(event) => setDraft({ ...draft, q: event.currentTarget.value })}
        />
        <NativeSelect
          label="Profession"
          data={any('Any profession', taxonomy?.professions)}
          value={draft.profession ?? ''}
          onChange={(event) => choose({ profession: event.currentTarget.value || null })}
        />
        <NativeSelect
          label="Specialty"
          data={any('Any specialty', taxonomy?.specialties)}
          value={draft.specialty ?? ''}
          onChange={(event) => choose({ specialty: event.currentTarget.value || null })}
        />
        <NativeSelect
          label="Modality"
          data={any('Any modality', taxonomy?.modalities)}
          value={draft.modality ?? ''}
          onChange={(event) => choose({ modality: event.currentTarget.value || null })}
        />
        <Switch
          label="Accepting referrals"
          checked={draft.acceptingReferrals}
          onChange={(event) => choose({ acceptingReferrals: event.currentTarget.checked })}
          mt={4}
        />
        <Divider label="Distance" labelPosition="left" mt="xs" />
        <TextInput
          label="Near postal code"
          placeholder="ZIP or postal code"
          value={draft.near}
          error={nearError}
          onChange={(event) => setDraft({ ...draft, near: event.currentTarget.value })}
          autoComplete="postal-code"
        />
        <Group grow gap="xs" align="flex-end">
          <NativeSelect
            label="Within"
            data={radiusChoices}
            value={draft.radius}
            onChange={(event) => choose({ radius: event.currentTarget.value })}
            disabled={!hasNear}
          />
          <SegmentedControl
            aria-label="Distance unit"
            data={[
              { value: 'mi', label: 'mi' },
              { value: 'km', label: 'km' },
            ]}
            value={draft.unit}
            onChange={(unit) => choose({ unit: unit === 'km' ? 'km' : 'mi' })}
            disabled={!hasNear}
          />
        </Group>
        <NativeSelect
          label="Sort by"
          data={[
            { value: '', label: 'Best match' },
            { value: 'distance', label: 'Nearest first', disabled: !hasNear },
            { value: 'relevance', label: 'Relevance' },
          ]}
          value={draft.sort ?? ''}
          onChange={(event) => choose({ sort: event.currentTarget.value || null })}
        />
        <Group grow mt="xs">
          <Button type="submit">Search</Button>
          <Button variant="default" onClick={() => choose(empty)}>
            Clear
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
