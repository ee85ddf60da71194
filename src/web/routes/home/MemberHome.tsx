// A member's home: who to follow up with today, and the ways into their work.
import { Alert, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useFollowUps } from '../../api/contacts.ts';
import { messageOf } from '../../api/http.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { FollowUps } from '../contacts/FollowUps.tsx';

const ways = [
  { to: '/contacts', label: 'My professionals' },
  { to: '/directory', label: 'Directory' },
  { to: '/letters', label: 'Letters' },
  { to: '/offers', label: 'Offers' },
  { to: '/profile', label: 'My profile' },
];

export function MemberHome({ name }: { name: string }) {
  const followUps = useFollowUps();
  return (
    <Container size="lg" py="xl" w="100%">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>Welcome back, {name.split(/\s+/)[0]}</Title>
          <Text c="dimmed">Here is who to get back to. A few minutes a day keeps every relationship moving.</Text>
        </Stack>
        {followUps.isPending && <PageLoader />}
        {followUps.isError && (
          <Alert color="red" variant="light" role="alert" title="Your follow-ups could not be loaded">
            {messageOf(followUps.error)}
          </Alert>
        )}
        {followUps.data && <FollowUps data={followUps.data} />}
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
