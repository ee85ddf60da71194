// Visitors get a short welcome; members go straight to their work (onboarding until it is done).
import { Button, Container, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { Link, Navigate, useSearchParams } from '../../app/routing.tsx';
import { useMyProfile } from '../../api/profile.ts';
import { useSession } from '../../api/session.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { MemberHome } from './MemberHome.tsx';

const promises = [
  {
    mark: '1',
    title: 'A profile colleagues trust',
    text: 'Your training, specialties and how your work helps their patients — on one page you can send to any chiropractor, physio or physician.',
  },
  {
    mark: '2',
    title: 'Find who is near you',
    text: 'Search the directory by profession, specialty, modality and distance from a postal code, on a list or a map.',
  },
  {
    mark: '3',
    title: 'Referrals both ways',
    text: 'Show that you accept referrals, are open to treatment trades, or would mentor someone newer to the work.',
  },
];

/** The confirmation link lands here with ?verified=1 (and &error=… when it failed): say so, once. */
function useVerificationNotice() {
  const [params, setParams] = useSearchParams();
  const told = useRef(false);
  useEffect(() => {
    if (params.get('verified') && !told.current) {
      told.current = true;
      const failed = params.get('error');
      notifications.show(
        failed
          ? {
              color: 'red',
              title: 'That confirmation link did not work',
              message: 'It may have expired. Use “Resend the email” for a new one.',
            }
          : { color: 'sage', title: 'Email confirmed', message: 'Thank you — your address is confirmed.' },
      );
      setParams({}, { replace: true });
    }
  }, [params, setParams]);
}

export function HomePage() {
  useDocumentTitle('Kneadwork — the professional alliance network for massage therapists');
  useVerificationNotice();
  const session = useSession();
  const signedIn = !!session.data?.user;
  const profile = useMyProfile(signedIn);
  if (session.isPending || (signedIn && profile.isPending)) return <PageLoader />;
  if (signedIn && profile.data)
    return profile.data.onboarded ? (
      <MemberHome name={session.data?.user.name ?? ''} />
    ) : (
      <Navigate to="/onboarding" replace />
    );

  return (
    <Container size="lg" py={64} w="100%">
      <Stack gap={48}>
        <Stack gap="lg" maw={680}>
          <Title order={1} fz={{ base: 34, sm: 46 }} lh={1.15}>
            The professional network massage therapists build their practice on
          </Title>
          <Text size="lg" c="dimmed">
            Kneadwork replaces the spreadsheet, the Word letter and the once-a-year chapter meeting with one calm place
            to meet the professionals around you and trade referrals you can trust.
          </Text>
          <Group>
            <Button size="md" component={Link} to="/sign-up">
              Create your free profile
            </Button>
            <Button size="md" variant="default" component={Link} to="/directory">
              Browse the directory
            </Button>
          </Group>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          {promises.map((item) => (
            <Stack key={item.title} gap="xs">
              <ThemeIcon variant="light" size={36} radius="xl" aria-hidden>
                {item.mark}
              </ThemeIcon>
              <Title order={2} size="h4">
                {item.title}
              </Title>
              <Text c="dimmed" size="sm">
                {item.text}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Container>
  );
}
