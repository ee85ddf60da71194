import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from '../app/routing.tsx';

export function NotFoundPage() {
  useDocumentTitle('Not found — Kneadwork');
  return (
    <Container size="sm" py="xl">
      <Stack gap="md" align="flex-start">
        <Title order={1}>Page not found</Title>
        <Text c="dimmed">There is nothing at this address. It may have moved, or the link may be mistyped.</Text>
        <Button component={Link} to="/directory">
          Go to the directory
        </Button>
      </Stack>
    </Container>
  );
}
