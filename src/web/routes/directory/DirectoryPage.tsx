// The directory: filters on the left; results as a list (paged) or on a map (lazy-loaded Leaflet).
import { Alert, Button, Container, Grid, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useDrawnLater } from '../../app/use-drawn-later.ts';
import { useSearchParams } from '../../app/routing.tsx';
import { useDirectory } from '../../api/directory.ts';
import type { DirectoryResult } from '../../../contracts/directory.ts';
import { professionalsFound } from '../../../contracts/directory-total.ts';
import { ApiError } from '../../api/http.ts';
import { useMyProfile, useTaxonomy } from '../../api/profile.ts';
import { useSession } from '../../api/session.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import {
  apiQueryFor,
  filtersFrom,
  pageFrom,
  searchFor,
  viewFrom,
  type DirectoryView,
  type Filters,
} from './directory-params.ts';
import { DirectoryList, ResultsSkeleton } from './DirectoryList.tsx';

const DirectoryMap = lazy(async () => ({ default: (await import('./DirectoryMap.tsx')).DirectoryMap }));
// The filter panel (its selects and switch, and their styles) loads where it is drawn: at
// once on a wide screen, when asked for on a phone, so a phone's first paint does not wait for it.
const DirectoryFilters = lazy(async () => ({ default: (await import('./DirectoryFilters.tsx')).DirectoryFilters }));

export function DirectoryPage() {
  useDocumentTitle('Directory — Kneadwork');
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  const filters = useMemo(() => filtersFrom(new URLSearchParams(key)), [key]);
  const view = viewFrom(search);
  const page = pageFrom(search);
  const result = useDirectory(apiQueryFor(search));
  // On a phone the filters fold away so the results come first, and are not drawn until asked for
  // (drawn hidden, as before, a phone rendered a whole form it did not show before the results).
  const wide = useMediaQuery('(min-width: 62em)', window.matchMedia('(min-width: 62em)').matches, {
    getInitialValueInEffect: false,
  });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const taxonomy = useTaxonomy();
  const session = useSession();
  const signedIn = !!session.data?.user;
  const myProfile = useMyProfile(signedIn);
  const mySlug = myProfile.data?.slug;
  // Results are drawn once everything that changes their size is known (labels, the "You" badge),
  // so they do not grow and push each other down on a phone; until then a skeleton holds their place.
  const ready = !!taxonomy.data && !session.isPending && !(signedIn && myProfile.isPending);

  const apply = (next: Filters) => setSearch(searchFor(next, view));
  const show = (next: DirectoryView) => setSearch(searchFor(filters, next, next === 'list' ? page : 1));
  const toPage = (next: number) => {
    setSearch(searchFor(filters, view, next));
    window.scrollTo({ top: 0 });
  };

  const error = result.error;
  const nearError =
    error instanceof ApiError ? (error.fields.find((problem) => problem.field === 'near')?.message ?? null) : null;
  // The first results (the page's largest render) are drawn as a transition (app/use-drawn-later.ts).
  const data = useDrawnLater(error || !ready ? undefined : result.data);

  // Who is signed in changes the introduction and the banner above it: wait for it, not shift.
  if (session.isPending) return <PageLoader />;
  return (
    <Container size="xl" py="xl" w="100%">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>Directory</Title>
          <Text c="dimmed">
            Massage therapists and the professionals around them. Search by specialty, modality and distance.
            {!signedIn && ' Sign in to also see profiles shared with members only.'}
          </Text>
        </Stack>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
            {wide ? (
              <Suspense>
                <DirectoryFilters filters={filters} taxonomy={taxonomy.data} nearError={nearError} onApply={apply} />
              </Suspense>
            ) : (
              <>
                <Button
                  variant="default"
                  fullWidth
                  onClick={() => setFiltersOpen((open) => !open)}
                  aria-expanded={filtersOpen}
                  mb={filtersOpen ? 'sm' : 0}
                >
                  {filtersOpen ? 'Hide filters' : 'Filters'}
                </Button>
                {filtersOpen && (
                  <Suspense fallback={<PageLoader />}>
                    <DirectoryFilters
                      filters={filters}
                      taxonomy={taxonomy.data}
                      nearError={nearError}
                      onApply={apply}
                    />
                  </Suspense>
                )}
              </>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
            <Stack gap="md">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text role="status" aria-live="polite" fw={500} style={{ flex: 1, minWidth: 0 }}>
                  {data ? summary(data, filters) : result.isPending || !ready ? 'Searching…' : ''}
                </Text>
                <SegmentedControl
                  aria-label="Show results as"
                  value={view}
                  onChange={(value) => show(value === 'map' ? 'map' : 'list')}
                  data={[
                    { value: 'list', label: 'List' },
                    { value: 'map', label: 'Map' },
                  ]}
                />
              </Group>
              {error && !nearError && (
                <Alert color="red" variant="light" title="The search did not work" role="alert">
                  {error.message}
                </Alert>
              )}
              {nearError && (
                <Alert color="yellow" variant="light" role="alert">
                  {`We could not find the postal code “${filters.near}”. Check it, or try a nearby one.`}
                </Alert>
              )}
              {!data && !error && <ResultsSkeleton />}
              {data && view === 'list' && (
                <DirectoryList
                  result={data}
                  taxonomy={taxonomy.data}
                  mySlug={mySlug}
                  page={page}
                  onPage={toPage}
                  onClear={() =>
                    apply({
                      ...filters,
                      q: '',
                      profession: null,
                      specialty: null,
                      modality: null,
                      acceptingReferrals: false,
                    })
                  }
                />
              )}
              {data && view === 'map' && (
                <Suspense fallback={<PageLoader />}>
                  <DirectoryMap
                    result={data}
                    taxonomy={taxonomy.data}
                    radius={filters.near ? Number(filters.radius) : null}
                  />
                </Suspense>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

function summary(result: DirectoryResult, filters: Filters) {
  const who = professionalsFound(result);
  if (result.total === 0) return who;
  return result.origin ? `${who} within ${filters.radius} ${result.unit} of ${result.origin.label}` : who;
}
