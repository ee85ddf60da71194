// In the portal: "Download everything" — the client's record with this therapist as a readable PDF,
// and all their records (one per therapist) as JSON. Each download is written to the record's
// access log, which the client sees too.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { portalExportUrls } from '../../api/client-lifecycle.ts';

export function PortalExport({ clientId }: { clientId: string }) {
  const urls = portalExportUrls(clientId);
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="portal-export-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="portal-export-title">
          Download everything
        </Title>
        <Text size="sm" c="dimmed">
          Your whole record, to keep: what you and your therapist wrote, your consents and who read it.
        </Text>
        <Group gap="xs">
          <Button component="a" href={urls.pdf} download size="xs" variant="default">
            PDF
          </Button>
          <Button component="a" href={urls.json} download size="xs" variant="default">
            All, as JSON
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
