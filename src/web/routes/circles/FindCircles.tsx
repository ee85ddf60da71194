// Finding circles: words, kind, topic, near a postal code within a distance, or online only. The
// search lives in the address (?q=&kind=&near=…), so it can be shared and the back button works;
// a postal code the server cannot read comes back as a problem under that field.
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { circleKinds } from '../../../contracts/circle-words.ts';
import { useSearchParams } from '../../app/routing.tsx';
import { ApiError } from '../../api/http.ts';
import { useCircles } from '../../api/circles.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { CircleCard } from './CircleCard.tsx';
import { plainList } from './OccurrenceRow.tsx';

const fields = ['q', 'kind', 'topic', 'near', 'radius', 'online'] as const;

export function FindCircles() {
  const [search, setSearch] = useSearchParams();
  const query = new URLSearchParams();
  for (const field of fields) {
    const value = search.get(field);
    if (value) query.set(field, value);
  }
  const searched = query.toString() !== '';
  const found = useCircles(query.toString());
  const problems = found.error instanceof ApiError ? found.error.fields : [];
  const problemOf = (field: string) => problems.find((problem) => problem.field === field)?.message;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const field of fields) {
      const entry = data.get(field);
      const value = typeof entry === 'string' ? entry.trim() : '';
      if (value) next.set(field, value);
    }
    setSearch(next);
  };

  return (
    <Stack gap="md">
      <Paper withBorder radius="lg" p="lg" component="form" role="search" aria-label="Find circles" onSubmit={onSubmit}>
        <Stack gap="sm">
          <Group grow align="flex-start" wrap="wrap" gap="sm">
            <TextInput name="q" label="Words" defaultValue={search.get('q') ?? ''} miw={200} />
            <NativeSelect
              name="kind"
              label="Kind"
              defaultValue={search.get('kind') ?? ''}
              data={[
                { value: '', label: 'Any kind' },
                ...Object.entries(circleKinds).map(([value, label]) => ({ value, label })),
              ]}
              error={problemOf('kind')}
              miw={200}
            />
            <TextInput
              name="topic"
              label="Topic"
              defaultValue={search.get('topic') ?? ''}
              error={problemOf('topic')}
              miw={160}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap" gap="sm">
            <TextInput
              name="near"
              label="Near postal code"
              defaultValue={search.get('near') ?? ''}
              error={problemOf('near')}
              autoComplete="postal-code"
              miw={160}
            />
            <NativeSelect
              name="radius"
              label="Within"
              defaultValue={search.get('radius') ?? '25'}
              data={['5', '10', '25', '50', '100', '250'].map((miles) => ({ value: miles, label: `${miles} miles` }))}
              error={problemOf('radius')}
              miw={140}
            />
          </Group>
          <Checkbox
            name="online"
            value="true"
            label="Online circles only"
            defaultChecked={search.get('online') === 'true'}
          />
          <Group>
            <Button type="submit">Find circles</Button>
          </Group>
        </Stack>
      </Paper>
      {found.isError && problems.length === 0 ? (
        <LoadError error={found.error} retry={() => void found.refetch()} />
      ) : found.isError ? (
        <FormAlert message="Check the search: a field above says what is wrong." />
      ) : !found.data ? (
        <PageLoader />
      ) : found.data.items.length === 0 ? (
        <Text c="dimmed">
          {searched ? 'No circles match this search yet. Why not start one?' : 'No circles yet. Start the first one.'}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed" role="status">
            {found.data.total} circle{found.data.total === 1 ? '' : 's'}
            {found.data.origin ? ` near ${found.data.origin.label}` : ''}
          </Text>
          <Stack gap="sm" component="ul" style={plainList} aria-label="Circles found">
            {found.data.items.map((circle) => (
              <CircleCard key={circle.id} circle={circle} unit={found.data.unit} />
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
