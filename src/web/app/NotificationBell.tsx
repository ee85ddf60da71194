// The bell: a link to the notification centre; its count arrives with the live counts chunk, once
// the browser is idle after the first screen (use-browser-idle.ts).
import { lazy, Suspense } from 'react';
import { Link } from './routing.tsx';
import { useBrowserIdle } from './use-browser-idle.ts';

const NotificationCount = lazy(async () => ({ default: (await import('./live-counts.tsx')).NotificationCount }));

export function NotificationBell() {
  const idle = useBrowserIdle();
  return (
    <Link to="/notifications" className="icon-link">
      <svg
        width="22"
        height="22"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="sr-only">Notifications</span>
      {idle && (
        <Suspense fallback={null}>
          <NotificationCount />
        </Suspense>
      )}
    </Link>
  );
}
