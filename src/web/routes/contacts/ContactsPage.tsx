// My professionals: follow-ups due, filters, and the list (grouped by profession) or the board
// (one column per stage). An empty list explains the four steps instead.
import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useMemo } from 'react';
import { useDrawnLater } from '../../app/use-drawn-later.ts';
import { useSearchParams } from '../../app/routing.tsx';
import { useContacts, useFollowUps } from '../../api/contacts.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useLazyDialog } from '../../components/use-lazy-dialog.ts';
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
  // The dialog is loaded on first use and hands the focus back to its opener (use-lazy-dialog.ts).
  const adding = useLazyDialog();
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

  // The follow-ups sit above the list and are drawn with it, in one go: drawn as they came, they
  // pushed the loader under them down (a layout shift of 0.08 on a phone), and the list waits for
  // them so it is not pushed down either. The first list is drawn as a transition (app/use-drawn-later.ts).
  const data = useDrawnLater(followUps.isPending ? undefined : result.data);
  const everyone = data ? Object.values(data.byStage).reduce((sum, count) => sum + count, 0) : 0;
  const empty = !!data && data.total === 0 && !isFiltered(filters) && everyone === 0;

  return (
    <PageFrame
      title="My professionals"
      intro="The people you know and where each relationship stands. Only you can see this list."
      actions={<ContactsToolbar onAdd={adding.open} canExport={everyone > 0} />}
    >
      {data && followUps.data && followUpCount(followUps.data) > 0 && <FollowUps data={followUps.data} />}
      {result.isError && <LoadError error={result.error} retry={() => void result.refetch()} />}
      {!data && !result.isError && <PageLoader />}
      {empty && <GettingStarted onAdd={adding.open} />}
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
      {adding.loaded && (
        <Suspense fallback={null}>
          <AddContactModal opened={adding.opened} onClose={adding.close} onClosed={adding.onClosed} />
        </Suspense>
      )}
    </PageFrame>
  );
}

export function ContactsPage() {
  return <Loaded />;
}
