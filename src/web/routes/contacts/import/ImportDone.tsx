// Step 3: what happened, and the way back to the list.
import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from '../../../app/routing.tsx';
import type { ImportResult } from '../../../api/contacts.ts';
import { resultSentence } from './import-choices.ts';

export function ImportDone({
  result,
  fileName,
  onAnother,
}: {
  result: ImportResult;
  fileName: string;
  onAnother: () => void;
}) {
  return (
    <Paper withBorder radius="lg" p="xl">
      <Stack gap="md" align="flex-start">
        <Group gap="sm">
          <ThemeIcon radius="xl" size={36} aria-hidden>
            ✓
          </ThemeIcon>
          <Title order={2} size="h3">
            Import finished
          </Title>
        </Group>
        <Text size="lg" role="status" data-testid="import-result">
          {resultSentence(result)}.
        </Text>
        <Text c="dimmed" size="sm">
          From {fileName}. New contacts start at “Identified”; set a follow-up date when you plan to approach them.
        </Text>
        <Group>
          <Button component={Link} to="/contacts?view=board">
            See them on my board
          </Button>
          <Button variant="default" component={Link} to="/contacts">
            Back to my professionals
          </Button>
          <Button variant="subtle" onClick={onAnother}>
            Import another file
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
