// My professionals: follow-ups due, filters, and the list (grouped by profession) or the board
// (one column per stage). An empty list explains the four steps instead.
import { Button, Container, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useSearchParams } from '../../app/routing.tsx';
import { useContacts, useFollowUps } from '../../api/contacts.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ContactFilters } from './ContactFilters.tsx';
import { ContactList } from './ContactList.tsx';
import {
  apiQueryFor,
  filtersFrom,
  isFiltered,
  pageFrom,
  searchFor,
  viewFrom,
  type ContactFilters as Filters,
  type ContactsView,
} from './contacts-params.ts';
import { ContactsToolbar } from './ContactsToolbar.tsx';
import { FollowUps, followUpCount } from './FollowUps.tsx';
import { GettingStarted } from './GettingStarted.tsx';
import { NoMatches } from './NoMatches.tsx';

// The board (its Move menus bring floating-ui) loads when the board is shown, not with the list.
const ContactBoard = lazy(async () => ({ default: (await import('./board/ContactBoard.tsx')).ContactBoard }));
// The form (its schema checks and tag input) loads when first opened, not with the list.
const AddContactModal = lazy(async () => ({ default: (await import('./form/AddContactModal.tsx')).AddContactModal }));

function Loaded() {
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  const filters = useMemo(() => filtersFrom(new URLSearchParams(key)), [key]);
  const view = viewFrom(search);
  const page = pageFrom(search);
  const result = useContacts(apiQueryFor(search));
  const followUps = useFollowUps();
  // The dialog is loaded on first use, so it mounts already open and Mantine never sees what had
  // the focus before: the opener is kept here and given the focus back once the dialog has closed.
  // Once loaded, it stays mounted (unmounting it on close would cut its own focus return short).
  const [adding, addModal] = useDisclosure(false);
  const [addLoaded, setAddLoaded] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const openAdd = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAddLoaded(true);
    addModal.open();
  };
  // On a phone the filters fold away so the people come first.
  const wide = useMediaQuery('(min-width: 48em)', window.matchMedia('(min-width: 48em)').matches, {
    getInitialValueInEffect: false,
  });
  const [filtersOpen, filtersToggle] = useDisclosure(false);

  const apply = (next: Filters) => setSearch(searchFor(next, view), { replace: true });
  const show = (next: ContactsView) => setSearch(searchFor(filters, next));
  const toPage = (next: number) => {
    setSearch(searchFor(filters, view, next));
    window.scrollTo({ top: 0 });
  };

  const data = result.data;
  const everyone = data ? Object.values(data.byStage).reduce((sum, count) => sum + count, 0) : 0;
  const empty = !!data && data.total === 0 && !isFiltered(filters) && everyone === 0;

  return (
    <Container size="xl" py="xl" w="100%">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end" gap="md">
          <Stack gap={4}>
            <Title order={1}>My professionals</Title>
            <Text c="dimmed">The people you know and where each relationship stands. Only you can see this list.</Text>
          </Stack>
          <ContactsToolbar onAdd={openAdd} canExport={everyone > 0} />
        </Group>
        {followUps.data && followUpCount(followUps.data) > 0 && <FollowUps data={followUps.data} />}
        {result.isError && <LoadError error={result.error} retry={() => void result.refetch()} />}
        {!data && result.isPending && <PageLoader />}
        {empty && <GettingStarted onAdd={openAdd} />}
        {data && !empty && (
          <>
            {!wide && (
              <Button variant="default" fullWidth onClick={filtersToggle.toggle} aria-expanded={filtersOpen}>
                {filtersOpen ? 'Hide filters' : isFiltered(filters) ? 'Filters (on)' : 'Filters'}
              </Button>
            )}
            {(wide || filtersOpen) && (
              <ContactFilters filters={filters} view={view} byProfession={data.byProfession} onApply={apply} />
            )}
            <Group justify="space-between">
              <Text role="status" aria-live="polite" fw={500}>
                {data.total === 1 ? '1 professional' : `${data.total} professionals`}
                {isFiltered(filters) && everyone !== data.total && ` of ${everyone}`}
              </Text>
              <SegmentedControl
                aria-label="Show as"
                value={view}
                onChange={(value) => show(value === 'board' ? 'board' : 'list')}
                data={[
                  { value: 'list', label: 'List' },
                  { value: 'board', label: 'Board' },
                ]}
              />
            </Group>
            {data.total === 0 ? (
              <NoMatches onClear={() => apply({ q: '', profession: null, stage: null, tag: '', followUp: null })} />
            ) : view === 'board' ? (
              <Suspense fallback={<PageLoader />}>
                <ContactBoard result={data} filtered={isFiltered(filters)} />
              </Suspense>
            ) : (
              <ContactList result={data} page={page} onPage={toPage} />
            )}
          </>
        )}
      </Stack>
      {addLoaded && (
        <Suspense fallback={null}>
          <AddContactModal opened={adding} onClose={addModal.close} onClosed={() => opener.current?.focus()} />
        </Suspense>
      )}
    </Container>
  );
}

export function ContactsPage() {
  useDocumentTitle('My professionals — Kneadwork');
  return <Loaded />;
}
