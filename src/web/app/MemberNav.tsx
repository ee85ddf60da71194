// The signed-in member's links: on wide screens the primary ones and "More"; in the burger panel
// all of them. Only mounted for a member, so visitors never ask for counts or open the socket.
import { Stack } from '@mantine/core';
import { MoreMenu } from './MoreMenu.tsx';
import { NavLinks } from './NavLinks.tsx';
import { AdminNavLink } from './AdminNavLink.tsx';
import { moreLinks, primaryLinks } from './nav-links.ts';

export function MemberNav({ layout, onNavigate }: { layout: 'row' | 'column'; onNavigate?: () => void }) {
  if (layout === 'row') {
    return (
      <>
        <NavLinks links={primaryLinks} withCounts />
        <MoreMenu links={moreLinks} withAdmin />
      </>
    );
  }
  return (
    <Stack gap={4}>
      <NavLinks links={primaryLinks} withCounts onNavigate={onNavigate} />
      <NavLinks links={[{ to: '/notifications', label: 'Notifications' }, ...moreLinks]} onNavigate={onNavigate} />
      <AdminNavLink onClick={onNavigate} />
    </Stack>
  );
}
