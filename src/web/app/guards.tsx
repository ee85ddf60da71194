// Screens for members only sit under one parent route whose element checks the session once: it
// waits for the session on the first load, then sends visitors to sign in and back here after.
import { Navigate, Outlet, useLocation, useOutletContext } from './routing.tsx';
import { useSession, type SessionUser } from '../api/session.ts';
import { PageLoader } from '../components/PageLoader.tsx';

export function MemberRoute() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoader />;
  const user = session.data?.user;
  if (!user)
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet context={user} />;
}

/** The signed-in member, on a screen under MemberRoute. */
export const useMember = () => useOutletContext<SessionUser>();

/** Where to go after signing in: the page that asked, if it is one of ours. */
export function safeNext(next: string | null, fallback: string) {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
