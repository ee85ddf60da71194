// The header: brand, main navigation, the notification bell and who is signed in. Plain links, a
// hand-made "More" disclosure and no drawers keep the shell small, since it is part of every first
// load. Wide screens (lg, 1200px) show the primary links and "More"; narrower ones the burger, which
// lists every link.
import { Avatar, Box, Burger, Button, Container, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link, NavLink, useNavigate } from './routing.tsx';
import { messageOf } from '../api/http.ts';
import { useSession, useSignOut } from '../api/session.ts';
import { Brand } from '../components/Brand.tsx';
import { initials } from '../components/initials.ts';
import { MemberNav } from './MemberNav.tsx';
import { NavLinks } from './NavLinks.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { publicLinks } from './nav-links.ts';
import './header.css';

export function Header() {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [menuOpen, menu] = useDisclosure(false);
  // The row of links only where it shows (lg, 75em): drawn hidden on a phone, it was rendering work
  // (and the "More" menu) before the page's own.
  const wide = useMediaQuery('(min-width: 75em)', window.matchMedia('(min-width: 75em)').matches, {
    getInitialValueInEffect: false,
  });
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
    <Container size="xl" h="100%" pos="relative" px={{ base: 'sm', xs: 'md' }}>
      <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
        <Group gap="lg" wrap="nowrap">
          <Brand />
          {wide && (
            // Hidden by the stylesheet too: the media query's hook answers a render after a resize, and
            // in that moment the row of links overflowed a phone-width window (seen in a browser test).
            <Group component="nav" aria-label="Main" gap={2} wrap="nowrap" visibleFrom="lg">
              {user ? <MemberNav layout="row" /> : <NavLinks links={publicLinks} />}
            </Group>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          {user ? (
            <>
              <NotificationBell />
              <Link to="/account" className="user-button">
                {/* Named by its content, not aria-label: the initials on screen are then not a name that differs from what is read. */}
                <VisuallyHidden>Account settings for {user.name}</VisuallyHidden>
                <Group gap="xs" wrap="nowrap" aria-hidden="true">
                  <Avatar color="sage" radius="xl" size={32}>
                    {initials(user.name)}
                  </Avatar>
                  <Text size="sm" fw={500} hiddenFrom="lg" visibleFrom="md" truncate maw={140} c="dark.6" aria-hidden>
                    {user.name}
                  </Text>
                </Group>
              </Link>
              <Button
                variant="subtle"
                color="gray"
                onClick={onSignOut}
                loading={signOut.isPending}
                visibleFrom="lg"
                px="xs"
              >
                Sign out
              </Button>
            </>
          ) : (
            !session.isPending && (
              <>
                <Button component={Link} to="/sign-in" variant="subtle" visibleFrom="xs">
                  Sign in
                </Button>
                {/* Narrower on a phone, so the brand, this and the menu fit in 360 px without scrolling sideways. */}
                <Button component={Link} to="/sign-up" px={{ base: 8, xs: 18 }}>
                  Join Kneadwork
                </Button>
              </>
            )
          )}
          <Burger
            opened={menuOpen}
            onClick={menu.toggle}
            hiddenFrom="lg"
            size="sm"
            aria-label={menuOpen ? 'Close navigation' : 'Open navigation'}
            aria-expanded={menuOpen}
            aria-controls="mobile-nav"
          />
        </Group>
      </Group>
      {menuOpen && (
        <Box hiddenFrom="lg" pos="absolute" top={64} left={0} right={0} px="md">
          <Paper shadow="md" withBorder p="sm" id="mobile-nav" className="mobile-nav">
            <Stack component="nav" aria-label="Main" gap={4}>
              {user ? (
                <MemberNav layout="column" onNavigate={menu.close} />
              ) : (
                <NavLinks links={publicLinks} onNavigate={menu.close} />
              )}
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
