// A row (or column) of plain navigation links; Messages carries its unread count (loaded after
// the first paint, see live-counts.tsx).
import { lazy, Suspense } from 'react';
import { NavLink } from './routing.tsx';
import type { NavItem } from './nav-links.ts';

const MessageCount = lazy(async () => ({ default: (await import('./live-counts.tsx')).MessageCount }));

type Props = { links: NavItem[]; withCounts?: boolean; onNavigate?: () => void };

export function NavLinks({ links, withCounts = false, onNavigate }: Props) {
  return links.map((link) => (
    <NavLink key={link.to} to={link.to} className="nav-link" onClick={onNavigate}>
      {link.label}
      {withCounts && link.to === '/messages' && (
        <Suspense fallback={null}>
          <MessageCount />
        </Suspense>
      )}
    </NavLink>
  ));
}
