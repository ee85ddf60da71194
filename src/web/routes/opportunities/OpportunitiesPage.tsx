// /opportunities: search near me with filters, post an opportunity (the form loads when opened),
// my posts, and my saved searches with their alerts.
import { Button, Group, Stack, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useMyOpportunities } from '../../api/opportunities.ts';
import { useMyProfile } from '../../api/profile.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { OpportunityList } from './OpportunityList.tsx';
import { SavedSearches } from './SavedSearches.tsx';
import { SearchPanel } from './SearchPanel.tsx';

const PostOpportunityForm = lazy(async () => ({
  default: (await import('./PostOpportunityForm.tsx')).PostOpportunityForm,
}));

function MyPosts() {
  const mine = useMyOpportunities();
  if (mine.isError) return <LoadError error={mine.error} retry={() => void mine.refetch()} />;
  if (!mine.data) return <PageLoader />;
  return <OpportunityList items={mine.data.items} label="My posts" empty="You have not posted anything yet." />;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function OpportunitiesPage() {
  const [posting, setPosting] = useState(false);
  const profile = useMyProfile();
  return (
    <PageFrame
      title="Opportunities"
      intro="Jobs, rooms to rent, weekend events, cover shifts, research and volunteering near you."
      size="md"
    >
      <Stack gap="xl">
        {posting ? (
          <Suspense fallback={<PageLoader />}>
            <PostOpportunityForm onDone={() => setPosting(false)} />
          </Suspense>
        ) : (
          <Group>
            <Button onClick={() => setPosting(true)}>Post</Button>
          </Group>
        )}
        <Section id="search-heading" title="Find near me">
          {profile.data || profile.isError ? (
            <SearchPanel defaultNear={profile.data?.postalCode ?? ''} />
          ) : (
            <PageLoader />
          )}
        </Section>
        <Section id="mine-heading" title="My posts">
          <MyPosts />
        </Section>
        <Section id="saved-heading" title="Saved searches">
          <SavedSearches />
        </Section>
      </Stack>
    </PageFrame>
  );
}
