import { Anchor, Button, Container, Group, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { Link, useParams } from '../../app/routing.tsx';
import { ApiError } from '../../api/http.ts';
import { useMemberProfile, useMyProfile, useTaxonomy } from '../../api/profile.ts';
import { useSession } from '../../api/session.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ProfileView } from '../../components/ProfileView.tsx';
import { ReportItemButton } from '../../components/ReportButton.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { AwayBanner } from './AwayBanner.tsx';

// Reason: only a signed-in colleague gets the actions (connect, message, endorse…): their own chunk.
const MemberActions = lazy(() => import('./MemberActions.tsx'));

export function MemberPage() {
  const { slug = '' } = useParams();
  const profile = useMemberProfile(slug);
  const taxonomy = useTaxonomy();
  const signedIn = !!useSession().data?.user;
  const me = useMyProfile(signedIn);
  const mine = me.data?.slug === slug;
  useDocumentTitle(profile.data ? `${profile.data.displayName} — Kneadwork` : 'Kneadwork');

  if (profile.error instanceof ApiError && profile.error.status === 404) return <NotFoundPage />;
  if (profile.isError || taxonomy.isError)
    return <LoadError error={profile.error ?? taxonomy.error} retry={() => void profile.refetch()} />;
  if (!profile.data || !taxonomy.data) return <PageLoader />;

  return (
    <Container size="md" py="xl" w="100%">
      <Stack gap="md">
        <Group justify="space-between">
          <Anchor component={Link} to="/directory" size="sm">
            ← Back to the directory
          </Anchor>
          <Group gap="xs">
            {profile.data.visibility === 'public' && (
              <Button component="a" href={`/p/${encodeURIComponent(slug)}`} variant="subtle" size="xs">
                Public page
              </Button>
            )}
            {mine && (
              <Button component={Link} to="/profile" size="xs">
                Edit my profile
              </Button>
            )}
            {signedIn && me.isFetched && !mine && (
              <ReportItemButton kind="profile" id={slug} name={profile.data.displayName} />
            )}
          </Group>
        </Group>
        {!signedIn && (
          <Text size="sm" c="dimmed">
            Sign in to see members-only profiles and to reach out to colleagues.
          </Text>
        )}
        {profile.data.away && <AwayBanner name={profile.data.displayName} away={profile.data.away} />}
        {signedIn && me.isFetched && !mine && (
          <Suspense fallback={null}>
            <MemberActions profile={profile.data} taxonomy={taxonomy.data} />
          </Suspense>
        )}
        <ProfileView profile={profile.data} taxonomy={taxonomy.data} />
      </Stack>
    </Container>
  );
}
