// Screens for members only: wait for the session, then send visitors to sign in and back here after.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession, type SessionUser } from '../api/session.ts';
import { PageLoader } from '../components/PageLoader.tsx';

export function RequireMember({ children }: { children: (user: SessionUser) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoader />;
  const user = session.data?.user;
  if (!user) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return children(user);
}

/** Where to go after signing in: the page that asked, if it is one of ours. */
export function safeNext(next: string | null, fallback: string) {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
