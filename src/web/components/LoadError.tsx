import { Alert, Button, Container } from '@mantine/core';
import { messageOf } from '../api/http.ts';

export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <Container size="sm" py="xl" w="100%">
      <Alert color="red" variant="light" title="This could not be loaded" role="alert">
        {messageOf(error)}
        {retry && (
          <div>
            <Button mt="sm" size="xs" variant="white" color="red" onClick={retry}>
              Try again
            </Button>
          </div>
        )}
      </Alert>
    </Container>
  );
}
