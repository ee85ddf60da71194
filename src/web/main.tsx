import './app/first-requests.ts';
import 'virtual:mantine-styles';
import './app/app.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useNotifications } from '@mantine/notifications';
import { lazy, StrictMode, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './app/query-client.ts';
import { router } from './app/router.tsx';
import { RouteError } from './app/RouteError.tsx';
import { RouterProvider } from './app/routing.tsx';
import { PageLoader } from './components/PageLoader.tsx';
import { theme } from './app/theme.ts';

// The toast container (and its transitions) loads when the first toast is asked for, so a visit
// without one never fetches it; notifications.show() is kept in the store until it mounts.
const NotificationsHost = lazy(async () => ({
  default: (await import('./app/NotificationsHost.tsx')).NotificationsHost,
}));

function ToastHost() {
  const { notifications, queue } = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && notifications.length + queue.length > 0) setWanted(true);
  return wanted ? (
    <Suspense>
      <NotificationsHost />
    </Suspense>
  ) : null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ToastHost />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} fallback={<PageLoader />} errorElement={<RouteError />} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
