import { Button, Center, Group, Pagination, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { DirectoryResult } from '../../../contracts/directory.ts';
import { resultPages } from '../../../contracts/directory-total.ts';
import type { Taxonomy } from '../../api/profile.ts';
import { ResultCard } from './ResultCard.tsx';

type Props = {
  result: DirectoryResult;
  taxonomy: Taxonomy | undefined;
  mySlug: string | undefined;
  page: number;
  onPage: (page: number) => void;
  onClear: () => void;
};

export function DirectoryList({ result, taxonomy, mySlug, page, onPage, onClear }: Props) {
  const pages = resultPages(result, result.pageSize);
  if (result.items.length === 0) {
    return (
      <Paper withBorder radius="lg" p="xl">
        <Stack align="center" gap="xs" ta="center">
          <Title order={2} size="h4">
            No one matches these filters yet
          </Title>
          <Text c="dimmed" maw={440}>
            Try a wider distance or fewer filters. Kneadwork grows one colleague at a time — invite the professionals
            you already refer to.
          </Text>
          <Button variant="light" mt="sm" onClick={onClear}>
            Clear the filters
          </Button>
        </Stack>
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Results">
        {result.items.map((item) => (
          <li key={item.slug}>
            <ResultCard item={item} taxonomy={taxonomy} unit={result.unit} mine={item.slug === mySlug} />
          </li>
        ))}
      </Stack>
      {pages > 1 && (
        <Center mt="md">
          <Pagination total={pages} value={page} onChange={onPage} aria-label="Result pages" />
        </Center>
      )}
    </Stack>
  );
}

/** Three cards' worth of space while the results load, so the page does not grow under the reader. */
export function ResultsSkeleton() {
  return (
    <Stack gap="sm" aria-label="Loading" role="status">
      {[0, 1, 2].map((index) => (
        <Paper key={index} withBorder radius="lg" p="md" h={190}>
          <Group align="flex-start" wrap="nowrap" gap="md">
            <Skeleton height={56} width={56} radius="md" />
            <Stack gap={10} style={{ flex: 1 }}>
              <Skeleton height={18} width="60%" />
              <Skeleton height={12} width="90%" />
              <Skeleton height={12} width="40%" />
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
