// Search near me: postal code, radius, kind, words and remote, kept in the address (?near=…) so a
// search can be bookmarked; "Save search" turns it into a saved search with email alerts.
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { opportunityKinds } from '../../../contracts/opportunity-words.ts';
import { messageOf } from '../../api/http.ts';
import { useOpportunitySearch, useSaveSearch } from '../../api/opportunities.ts';
import { useSearchParams } from '../../app/routing.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { OpportunityList } from './OpportunityList.tsx';

const kinds = [
  { value: '', label: 'Any kind' },
  ...Object.entries(opportunityKinds).map(([value, label]) => ({ value, label })),
];
const fields = ['near', 'radius', 'kind', 'q', 'remote'] as const;

export function SearchPanel({ defaultNear }: { defaultNear: string }) {
  const [params, setParams] = useSearchParams();
  const current = Object.fromEntries(fields.map((name) => [name, params.get(name) ?? ''])) as Record<
    (typeof fields)[number],
    string
  >;
  if (!params.has('near') && defaultNear) current.near = defaultNear;
  const [values, setValues] = useState(current);
  const [frequency, setFrequency] = useState<'instant' | 'daily'>('instant');
  const query = new URLSearchParams(Object.entries(current).filter(([, value]) => value !== '')).toString();
  const results = useOpportunitySearch(query);
  const save = useSaveSearch();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    for (const name of fields) {
      if (values[name]) next.set(name, values[name]);
      else next.delete(name);
    }
    setParams(next);
  };
  const saveSearch = () =>
    save.mutate(
      {
        ...(current.near ? { near: current.near } : {}),
        ...(current.radius ? { radius: Number(current.radius) } : {}),
        ...(current.kind ? { kind: current.kind as keyof typeof opportunityKinds } : {}),
        ...(current.q ? { q: current.q } : {}),
        unit: 'mi',
        remote: current.remote === 'true',
        frequency,
      },
      {
        onSuccess: () => notifications.show({ color: 'sage', message: 'Search saved: you will get email alerts.' }),
        onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }),
      },
    );
  const set = (name: (typeof fields)[number]) => (value: string) => setValues((old) => ({ ...old, [name]: value }));

  return (
    <Stack gap="md">
      <form role="search" aria-label="Find opportunities" onSubmit={submit}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput
              label="Near postal code"
              autoComplete="postal-code"
              value={values.near}
              onChange={(e) => set('near')(e.currentTarget.value)}
            />
            <TextInput
              label="Within (miles)"
              type="number"
              min={1}
              max={500}
              placeholder="25"
              value={values.radius}
              onChange={(e) => set('radius')(e.currentTarget.value)}
            />
            <NativeSelect
              label="Kind"
              data={kinds}
              value={values.kind}
              onChange={(e) => set('kind')(e.currentTarget.value)}
            />
            <TextInput label="Words" type="search" value={values.q} onChange={(e) => set('q')(e.currentTarget.value)} />
          </SimpleGrid>
          <Group>
            <Checkbox
              label="Include remote"
              checked={values.remote === 'true'}
              onChange={(e) => set('remote')(e.currentTarget.checked ? 'true' : '')}
            />
            <Button type="submit">Search</Button>
          </Group>
        </Stack>
      </form>
      {results.isError ? (
        <LoadError error={results.error} retry={() => void results.refetch()} />
      ) : !results.data ? (
        <PageLoader />
      ) : (
        <Stack gap="xs">
          <OpportunityList
            items={results.data.items}
            unit={results.data.unit}
            label="Search results"
            empty={`No open posts${results.data.origin ? ` near ${results.data.origin.label}` : ''}. Try a wider radius, or save the search to hear of new ones.`}
          />
          <Group gap="xs" align="flex-end">
            <NativeSelect
              label="Alerts"
              data={[
                { value: 'instant', label: 'Email me at once' },
                { value: 'daily', label: 'Daily digest' },
              ]}
              value={frequency}
              onChange={(e) => setFrequency(e.currentTarget.value as 'instant' | 'daily')}
            />
            <Button variant="light" onClick={saveSearch} loading={save.isPending}>
              Save search
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
