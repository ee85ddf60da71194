// My saved searches, each with its alert frequency, and a way to delete one.
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { opportunityKinds } from '../../../contracts/opportunity-words.ts';
import { useDeleteSavedSearch, useSavedSearches, type SavedSearch } from '../../api/opportunities.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

const describe = (search: SavedSearch) =>
  [
    search.kind ? opportunityKinds[search.kind] : 'Any kind',
    search.near ? `within ${search.radius} ${search.unit} of ${search.near}` : 'anywhere',
    search.q ? `“${search.q}”` : null,
    search.remote ? 'remote too' : null,
    search.frequency === 'daily' ? 'daily digest' : 'instant email',
  ]
    .filter(Boolean)
    .join(' · ');

export function SavedSearches() {
  const searches = useSavedSearches();
  const remove = useDeleteSavedSearch();
  if (searches.isError) return <LoadError error={searches.error} retry={() => void searches.refetch()} />;
  if (!searches.data) return <PageLoader />;
  if (searches.data.items.length === 0)
    return <Text c="dimmed">No saved searches. Search above, then “Save search” to get alerts.</Text>;
  return (
    <Stack component="ul" gap="xs" aria-label="Saved searches" p={0} m={0} style={{ listStyle: 'none' }}>
      {searches.data.items.map((search) => (
        <Paper component="li" key={search.id} withBorder p="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {describe(search)}
            </Text>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => remove.mutate(search.id)}
              aria-label={`Delete saved search: ${describe(search)}`}
            >
              Delete
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
