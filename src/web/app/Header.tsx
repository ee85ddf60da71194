// The header: brand, main navigation, and who is signed in. Plain links and buttons (no menus or
// drawers) keep the shell small, since it is part of every first load.
import { Avatar, Box, Burger, Button, Container, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link, NavLink, useNavigate } from 'react-router';
import { messageOf } from '../api/http.ts';
import { useSession, useSignOut } from '../api/session.ts';
import { Brand } from '../components/Brand.tsx';
import { initials } from '../components/initials.ts';


function NavLinks({ signedIn, onNavigate }: { signedIn: boolean; onNavigate?: () => void }) {
  const links = [
    { to: '/directory', label: 'Directory' },
    ...(signedIn
      ? [
          { to: '/contacts', label: 'My professionals' },
          { to: '/letters', label: 'Letters' },
          { to: '/offers', label: 'Offers' },
          { to: '/profile', label: 'My profile' },
          { to: '/account', label: 'Account' },
        ]
      : []),
  ];
  return links.map((link) => (
    <NavLink key={link.to} to={link.to} className="nav-link" onClick={onNavigate}>
      {link.label}
    </NavLink>
  ));
}

export function Header() {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [menuOpen, menu] = useDisclosure(false);
  const user = session.data?.user;

  const onSignOut = () =>
    signOut.mutate(undefined, {
      onSuccess: () => {
        menu.close();
        notifications.show({ message: 'You are signed out.' });
        void navigate('/sign-in');
      },
      onError: (error) => notifications.show({ color: 'red', title: 'Could not sign out', message: messageOf(error) }),
    });

  return (
    <Container size="xl" h="100%" pos="relative">
      <Group h="100%" justify="space-between" wrap="nowrap">
        <Group gap="xl" wrap="nowrap">
          <Brand />
          <Group component="nav" aria-label="Main" gap={4} visibleFrom="sm">
            <NavLinks signedIn={!!user} />
          </Group>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {user ? (
            <>
              <Link to="/account" className="user-button" aria-label={`Account settings for ${user.name}`}>
                <Group gap="xs" wrap="nowrap">
                  <Avatar color="sage" radius="xl" size={32}>
                    {initials(user.name)}
                  </Avatar>
                  <Text size="sm" fw={500} visibleFrom="md" truncate maw={160} c="dark.6">
                    {user.name}
                  </Text>
                </Group>
              </Link>
              <Button variant="subtle" color="gray" onClick={onSignOut} loading={signOut.isPending} visibleFrom="sm">
                Sign out
              </Button>
            </>
          ) : (
            !session.isPending && (
              <>
                <Button component={Link} to="/sign-in" variant="subtle" visibleFrom="xs">
                  Sign in
                </Button>
                <Button component={Link} to="/sign-up">
                  Join Kneadwork
                </Button>
              </>
            )
          )}
          <Burger opened={menuOpen} onClick={menu.toggle} hiddenFrom="sm" size="sm" aria-label={menuOpen ? 'Close navigation' : 'Open navigation'} aria-expanded={menuOpen} aria-controls="mobile-nav" />
        </Group>
      </Group>
      {menuOpen && (
        <Box hiddenFrom="sm" pos="absolute" top={64} left={0} right={0} px="md">
          <Paper shadow="md" withBorder p="sm" id="mobile-nav">
            <Stack component="nav" aria-label="Main" gap={4}>
              <NavLinks signedIn={!!user} onNavigate={menu.close} />
              {user ? (
                <button type="button" className="nav-link" onClick={onSignOut}>
                  Sign out
                </button>
              ) : (
                <NavLink to="/sign-in" className="nav-link" onClick={menu.close}>
                  Sign in
                </NavLink>
              )}
            </Stack>
          </Paper>
        </Box>
      )}
    </Container>
  );
}
