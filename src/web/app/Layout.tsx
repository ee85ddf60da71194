// The shell around every screen: skip link, header with navigation, the email banner, the page.
// Plain landmarks and a little CSS rather than AppShell, which brings navbar/aside machinery
// this layout does not use into every first load.
import { Container } from '@mantine/core';
import { Outlet, useNavigation } from 'react-router';
import { Header } from './Header.tsx';
import { VerifyBanner } from './VerifyBanner.tsx';
import { useRouteFocus } from './use-route-focus.ts';

export function Layout() {
  const navigating = useNavigation().state === 'loading';
  useRouteFocus('main');
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
        <Outlet />
      </main>
      <footer className="app-footer">
        <Container size="xl" py="lg">
          © Kneadwork — the professional alliance network for massage therapists
        </Container>
      </footer>
    </div>
  );
}
