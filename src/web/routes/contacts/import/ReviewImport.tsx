// Step 2: the preview with its counts, and Confirm. The server keeps the parsed file under the
// token; confirming sends only the member's choice for each row.
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useConfirmImport, type ImportPreview, type ImportResult } from '../../../api/contacts.ts';
import { messageOf } from '../../../api/http.ts';
import { confirmRows, contactsWord, countChoices, defaultChoices, rowsWord, type Choices } from './import-choices.ts';
import { PreviewTable } from './PreviewTable.tsx';

type Props = { preview: ImportPreview; onDone: (result: ImportResult) => void; onStartOver: () => void };

export function ReviewImport({ preview, onDone, onStartOver }: Props) {
  const [choices, setChoices] = useState<Choices>(() => defaultChoices(preview));
  const confirm = useConfirmImport();
  const counts = countChoices(preview, choices);
  const taking = counts.import + counts.merge;

  if (preview.rows.length === 0)
    return (
      <Alert color="yellow" variant="light" title={`No contacts found in ${preview.fileName}`} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            The file was read, but it holds no contacts. Check that it is the exported contacts file, not another
            document.
          </Text>
          <Button size="xs" variant="default" onClick={onStartOver}>
            Choose another file
          </Button>
        </Stack>
      </Alert>
    );

  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4">
            Check what will be imported
          </Title>
          <Text size="sm" role="status" data-testid="import-counts">
            {`${rowsWord(preview.rows.length)} read from ${preview.fileName}: ${counts.import} new, ${counts.merge} to merge, ${counts.skip} skipped`}
            {counts.problems > 0 && (
              <Text span c="red.8" fw={600} size="sm">
                {`, ${counts.problems} with problems (not imported)`}
              </Text>
            )}
          </Text>
        </Stack>
        <PreviewTable preview={preview} choices={choices} onChoices={setChoices} />
        {confirm.isError && (
          <Alert color="red" variant="light" title="The import did not go through" role="alert">
            {messageOf(confirm.error)} Nothing was added; you can try again, or upload the file again.
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={onStartOver}>
            Choose another file
          </Button>
          <Button
            disabled={taking === 0}
            loading={confirm.isPending}
            onClick={() =>
              confirm.mutate({ token: preview.token, rows: confirmRows(preview, choices) }, { onSuccess: onDone })
            }
          >
            {taking === 0
              ? 'Nothing selected'
              : counts.merge === 0
                ? `Import ${contactsWord(taking)}`
                : `Import ${counts.import} and merge ${counts.merge}`}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
