// A row (or column) of plain navigation links; Messages carries its unread count (loaded once the
// browser is idle after the first screen, see live-counts.tsx and use-browser-idle.ts).
import { lazy, Suspense } from 'react';
import { NavLink } from './routing.tsx';
import type { NavItem } from './nav-links.ts';
import { useBrowserIdle } from './use-browser-idle.ts';

const MessageCount = lazy(async () => ({ default: (await import('./live-counts.tsx')).MessageCount }));

type Props = { links: NavItem[]; withCounts?: boolean; onNavigate?: () => void };

export function NavLinks({ links, withCounts = false, onNavigate }: Props) {
  const idle = useBrowserIdle();
  return links.map((link) => (
    <NavLink key={link.to} to={link.to} className="nav-link" onClick={onNavigate}>
      {link.label}
      {withCounts && idle && link.to === '/messages' && (
        <Suspense fallback={null}>
          <MessageCount />
        </Suspense>
      )}
    </NavLink>
  ));
}
