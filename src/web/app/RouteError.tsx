// Shown when a screen fails to render or its code cannot be loaded (often: a new deploy replaced
// the chunk this tab knew about; a reload fetches the new one).
import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Container size="sm" py="xl" component="main">
      <Stack gap="md">
        <Title order={1}>{notFound ? 'Page not found' : 'Something went wrong'}</Title>
        <Text c="dimmed">
          {notFound
            ? 'There is nothing at this address.'
            : 'This page could not be shown. Reloading usually fixes it; if it does not, try again in a few minutes.'}
        </Text>
        <div>
          <Button onClick={() => window.location.reload()}>Reload</Button>
        </div>
      </Stack>
    </Container>
  );
}
