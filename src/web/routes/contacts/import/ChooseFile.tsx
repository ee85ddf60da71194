// Step 1: which file, where to get one, and the upload with its progress.
import { Alert, Button, FileInput, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

export const maxBytes = 5 * 1024 * 1024;

/** A problem with the chosen file, said before uploading it, or null when it may go. */
export function fileProblem(file: File): string | null {
  if (!/\.(csv|vcf|vcard)$/i.test(file.name))
    return 'Choose a .csv or .vcf file. Other kinds (such as .xlsx) can be saved as CSV first.';
  if (file.size > maxBytes)
    return `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB. Export fewer contacts at a time, or leave out the photos.`;
  if (file.size === 0) return 'This file is empty.';
  return null;
}

type Props = {
  error: string | null;
  upload: { fileName: string; progress: number } | null;
  onUpload: (file: File) => void;
  onCancel: () => void;
};

export function ChooseFile({ error, upload, onUpload, onCancel }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const problem = file ? fileProblem(file) : null;
  const percent = upload ? Math.round(upload.progress * 100) : 0;
  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={2} size="h4">
            Choose a file
          </Title>
          <Text size="sm">A .vcf (vCard) or .csv file, up to 5 MB. These exports work:</Text>
          <List size="sm" spacing={4}>
            <List.Item>
              <strong>iPhone or Mac</strong>: on icloud.com/contacts, select the contacts, then Export vCard. In the Mac
              Contacts app: File → Export → Export vCard.
            </List.Item>
            <List.Item>
              <strong>Google Contacts</strong>: Export → Google CSV or vCard.
            </List.Item>
            <List.Item>
              <strong>Outlook</strong>: People → Manage contacts → Export contacts (CSV).
            </List.Item>
            <List.Item>
              <strong>Android</strong>: Contacts app → Settings → Export to a .vcf file.
            </List.Item>
            <List.Item>
              <strong>A spreadsheet</strong>: save it as CSV with a header row such as Name, Profession, Organization,
              Email, Phone.
            </List.Item>
          </List>
          <Text size="sm" c="dimmed">
            Nothing is added until you have checked the preview and confirmed.
          </Text>
        </Stack>
        {error && (
          <Alert color="red" variant="light" title="That file could not be read" role="alert">
            {error}
          </Alert>
        )}
        {upload ? (
          <Stack gap={6}>
            <Text size="sm" id="upload-label">
              {upload.progress < 1 ? `Uploading ${upload.fileName}… ${percent}%` : `Reading ${upload.fileName}…`}
            </Text>
            <Progress
              value={percent}
              size="lg"
              radius="xl"
              animated={upload.progress >= 1}
              aria-labelledby="upload-label"
            />
            <Group>
              <Button variant="default" size="xs" onClick={onCancel}>
                Cancel
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="sm" align="flex-start">
            <FileInput
              label="Contacts file"
              placeholder="Choose a .vcf or .csv file"
              accept=".vcf,.vcard,.csv,text/vcard,text/csv"
              value={file}
              onChange={setFile}
              error={problem}
              clearable
              w={{ base: '100%', sm: 420 }}
            />
            <Button disabled={!file || !!problem} onClick={() => file && onUpload(file)}>
              Upload and preview
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
