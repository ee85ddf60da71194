import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from '../../../app/routing.tsx';

/** A contact that is not (or no longer) on my list: deleted, or a link from someone else's. */
export function ContactGone() {
  return (
    <Container size="sm" py="xl" w="100%">
      <Stack gap="md" align="flex-start">
        <Title order={1}>This contact is not on your list</Title>
        <Text c="dimmed">It may have been deleted, or the link belongs to someone else’s list.</Text>
        <Button component={Link} to="/contacts">
          Back to my professionals
        </Button>
      </Stack>
    </Container>
  );
}
