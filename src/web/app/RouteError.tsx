// Shown when a screen fails to render or its code cannot be loaded (often: a new deploy replaced
// the chunk this tab knew about; a reload fetches the new one).
import { Button, Container, Stack, Text, Title } from '@mantine/core';

export function RouteError() {
  return (
    <Container size="sm" py="xl" component="main">
      <Stack gap="md">
        <Title order={1}>Something went wrong</Title>
        <Text c="dimmed">
          This page could not be shown. Reloading usually fixes it; if it does not, try again in a few minutes.
        </Text>
        <div>
          <Button onClick={() => window.location.reload()}>Reload</Button>
        </div>
      </Stack>
    </Container>
  );
}
