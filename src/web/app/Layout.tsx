// The shell around every screen: skip link, header with navigation, the email banner, the page.
// Plain landmarks and a little CSS rather than AppShell, which brings navbar/aside machinery
// this layout does not use into every first load.
import { Container } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { Outlet, useNavigation } from './routing.tsx';
import { useSession } from '../api/session.ts';
import { PageLoader } from '../components/PageLoader.tsx';
import { Header } from './Header.tsx';
import { VerifyBanner } from './VerifyBanner.tsx';
import { useRouteFocus } from './use-route-focus.ts';

export function Layout() {
  const navigating = useNavigation().state === 'loading';
  useRouteFocus('main');
  // On the first load the screen waits for the session, so the header, the email banner and the
  // screen appear in one render (drawn before, the screen shifted when the signed-in header and the
  // banner arrived). Once known it stays mounted: signing in or out asks again, and the form that
  // did it must still be there to move on.
  const sessionPending = useSession().isPending;
  const [sessionKnown, setSessionKnown] = useState(false);
  if (!sessionKnown && !sessionPending) setSessionKnown(true);
  // The screen's first render is the largest of a visit: deferred, React draws it as a transition,
  // in slices that leave the main thread free between them, instead of one long task a phone feels.
  const screenShown = useDeferredValue(sessionKnown);
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Header />
        {navigating && <div className="route-progress" aria-hidden="true" />}
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <VerifyBanner />
        {screenShown ? <Outlet /> : <PageLoader />}
      </main>
      <footer className="app-footer">
        <Container size="xl" py="lg">
          © Kneadwork — the professional alliance network for massage therapists
        </Container>
      </footer>
    </div>
  );
}
