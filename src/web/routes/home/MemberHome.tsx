// A member's home: what needs doing now (GET /api/me/home), how complete their profile is, their
// pipeline, and who to follow up with. A member who has built nothing yet is greeted as new and
// shown where to start instead of being welcomed back.
import { Alert, Anchor, Button, Container, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import { useFollowUps } from '../../api/contacts.ts';
import { useMemberHome } from '../../api/home.ts';
import { messageOf } from '../../api/http.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { FollowUps } from '../contacts/FollowUps.tsx';
import { firstName } from './home-labels.ts';
import { NeedsDoing } from './NeedsDoing.tsx';
import { ProfileAndPipeline } from './ProfileAndPipeline.tsx';

const ways = [
  { to: '/contacts', label: 'My professionals' },
  { to: '/directory', label: 'Directory' },
  { to: '/referrals', label: 'Referrals' },
  { to: '/letters', label: 'Letters' },
  { to: '/offers', label: 'Offers' },
];

function FirstSteps() {
  return (
    <Stack gap="xs" component="section" aria-labelledby="first-steps">
      <Title order={2} size="h3" id="first-steps">
        Where to start
      </Title>
      <List type="ordered" spacing="xs">
        <List.Item>
          <Anchor component={Link} to="/profile">
            Finish your profile
          </Anchor>{' '}
          — it is the page colleagues read before they refer to you.
        </List.Item>
        <List.Item>
          <Anchor component={Link} to="/directory">
            Find professionals near you
          </Anchor>{' '}
          in the directory.
        </List.Item>
        <List.Item>
          <Anchor component={Link} to="/contacts">
            Add the professionals you already know
          </Anchor>
          , then write them a letter of introduction.
        </List.Item>
      </List>
    </Stack>
  );
}

export function MemberHome({ name }: { name: string }) {
  const home = useMemberHome();
  const followUps = useFollowUps();
  const first = firstName(name);
  const isNew = home.data?.newMember ?? false;
  // Drawn once both answers are in: the greeting (new or returning) and the follow-ups above the
  // links change the page's height, and drawn early they pushed what was below down on a phone.
  if (home.isPending || followUps.isPending) return <PageLoader />;
  return (
    <Container size="lg" py="xl" w="100%">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{isNew ? `Welcome to Kneadwork, ${first}` : `Welcome back, ${first}`}</Title>
          <Text c="gray.7">
            {isNew
              ? 'Good to have you here. A few first steps make your network start working for you.'
              : 'Here is what is waiting for you. A few minutes a day keeps every relationship moving.'}
          </Text>
        </Stack>
        {home.isError && (
          <Alert color="red" variant="light" role="alert" title="Your home could not be loaded">
            {messageOf(home.error)}
          </Alert>
        )}
        {home.data && (
          <>
            {isNew && <FirstSteps />}
            <NeedsDoing home={home.data} />
            <ProfileAndPipeline home={home.data} />
          </>
        )}
        {followUps.isError && (
          <Alert color="red" variant="light" role="alert" title="Your follow-ups could not be loaded">
            {messageOf(followUps.error)}
          </Alert>
        )}
        {followUps.data && !isNew && <FollowUps data={followUps.data} />}
        <Group gap="xs" component="nav" aria-label="Your work">
          {ways.map((way, index) => (
            <Button key={way.to} component={Link} to={way.to} variant={index === 0 ? 'filled' : 'default'}>
              {way.label}
            </Button>
          ))}
        </Group>
      </Stack>
    </Container>
  );
}
