// The Admin link, for admins only. It asks whether I am an admin when a menu opens, not when a page
// loads: a request at every page's start delayed the live socket's listeners enough that open pages
// missed an event that came at once (e2e/live-pages.spec.ts failed one run in four).
import { useAmAdmin } from '../api/admin-role.ts';
import { adminLink } from './nav-links.ts';
import { NavLink } from './routing.tsx';

export function AdminNavLink({ onClick }: { onClick?: () => void }) {
  if (useAmAdmin().data !== true) return null;
  return (
    <NavLink to={adminLink.to} className="nav-link" onClick={onClick}>
      {adminLink.label}
    </NavLink>
  );
}
