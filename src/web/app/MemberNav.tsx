// The signed-in member's links: on wide screens the primary ones and "More"; in the burger panel
// all of them. Only mounted for a member, so visitors never ask for counts or open the socket.
import { Stack } from '@mantine/core';
import { MoreMenu } from './MoreMenu.tsx';
import { NavLinks } from './NavLinks.tsx';
import { adminLink, moreLinks as memberLinks, primaryLinks } from './nav-links.ts';
import { useAmAdmin } from '../api/admin-role.ts';

export function MemberNav({ layout, onNavigate }: { layout: 'row' | 'column'; onNavigate?: () => void }) {
  const moreLinks = useAmAdmin().data === true ? [...memberLinks, adminLink] : memberLinks;
  if (layout === 'row') {
    return (
      <>
        <NavLinks links={primaryLinks} withCounts />
        <MoreMenu links={moreLinks} />
      </>
    );
  }
  return (
    <Stack gap={4}>
      <NavLinks links={primaryLinks} withCounts onNavigate={onNavigate} />
      <NavLinks links={[{ to: '/notifications', label: 'Notifications' }, ...moreLinks]} onNavigate={onNavigate} />
    </Stack>
  );
}
