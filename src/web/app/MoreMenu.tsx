// "More": a disclosure button over a short list of links (the navigation pattern, not an ARIA menu,
// so links stay links). Closes on Escape, a click outside, or choosing a link. Hand-made because
// Mantine's Menu brings its floating-ui positioning into every first load.
import { Paper, Stack } from '@mantine/core';
import { useClickOutside, useDisclosure } from '@mantine/hooks';
import { useRef } from 'react';
import { NavLink, useLocation } from './routing.tsx';
import type { NavItem } from './nav-links.ts';
import { AdminNavLink } from './AdminNavLink.tsx';

export function MoreMenu({ links, withAdmin = false }: { links: NavItem[]; withAdmin?: boolean }) {
  const [open, menu] = useDisclosure(false);
  const ref = useClickOutside<HTMLDivElement>(menu.close);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const current = links.some((link) => pathname.startsWith(link.to));

  return (
    <div
      ref={ref}
      className="more-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        menu.close();
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="nav-link"
        aria-expanded={open}
        aria-controls="more-links"
        data-current={current || undefined}
        onClick={menu.toggle}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <Paper shadow="md" withBorder p={4} className="more-menu-panel" id="more-links">
          <Stack gap={2}>
            {links.map((link) => (
              <NavLink key={link.to} to={link.to} className="nav-link" onClick={menu.close}>
                {link.label}
              </NavLink>
            ))}
            {withAdmin && <AdminNavLink onClick={menu.close} />}
          </Stack>
        </Paper>
      )}
    </div>
  );
}
