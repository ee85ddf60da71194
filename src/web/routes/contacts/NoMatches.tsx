import { Button, Paper, Stack, Text, Title } from '@mantine/core';

export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <Paper withBorder radius="lg" p="xl">
      <Stack align="center" gap="xs" ta="center">
        <Title order={2} size="h4">
          No one matches these filters
        </Title>
        <Text c="dimmed">Try fewer filters, or a shorter search.</Text>
        <Button variant="light" mt="sm" onClick={onClear}>
          Clear the filters
        </Button>
      </Stack>
    </Paper>
  );
}
