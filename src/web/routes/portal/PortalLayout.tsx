// The client portal's frame: its own header (no member navigation), sign-out, and the idle limit
// (the server ends an idle session too; this warns first and leaves the page when it does).
import { Box, Button, Container, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Brand } from '../../components/Brand.tsx';
import { IdleTimeout } from '../../components/IdleTimeout.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { Navigate, Outlet, useLocation, useNavigate, useOutletContext } from '../../app/routing.tsx';
import { portalKeys, usePortalSession, usePortalSignOut, type PortalSession } from '../../api/portal.ts';

export function PortalLayout() {
  const session = usePortalSession();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = usePortalSignOut();
  const client = useQueryClient();
  const signedIn = session.data ?? null;
  const onSignInPage = location.pathname.endsWith('/portal/sign-in');

  if (session.isPending) return <PageLoader />;
  if (!signedIn && !onSignInPage) return <Navigate to="/portal/sign-in" replace />;

  const leave = (idle: boolean) =>
    signOut.mutate(undefined, {
      onSettled: () => navigate(idle ? '/portal/sign-in?idle=1' : '/portal/sign-in', { replace: true }),
    });

  return (
    <>
      <Box component="header" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="sm" h={56}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Brand to="/portal" />
              <Text size="sm" c="dimmed" visibleFrom="xs">
                Your client portal
              </Text>
            </Group>
            {signedIn && (
              <Button variant="default" size="xs" onClick={() => leave(false)} loading={signOut.isPending}>
                Sign out
              </Button>
            )}
          </Group>
        </Container>
      </Box>
      <Container size="sm" component="main" py="md">
        <Outlet context={signedIn} />
      </Container>
      {signedIn && (
        <IdleTimeout
          minutes={signedIn.idleMinutes}
          onTimeout={() => leave(true)}
          onActive={() => void client.invalidateQueries({ queryKey: portalKeys.session })}
        />
      )}
    </>
  );
}

/** The signed-in client, on a portal screen. */
export const usePortalClient = () => useOutletContext<PortalSession>();
