// A mail merge on its way: a progress bar over the selection, each recipient's result as it comes
// in, and the summary at the end.
import { Alert, Anchor, Badge, Group, Paper, Progress, Box, Stack, Text } from '@mantine/core';
import { Link } from '../../../app/routing.tsx';
import { letterPrintUrl } from '../../../api/letters.ts';
import type { MergeOutcome, MergeResult } from './run-merge.ts';

const looks: Record<MergeOutcome, { label: string; color: string }> = {
  sent: { label: 'Sent', color: 'sage' },
  logged: { label: 'In dev outbox', color: 'grape' },
  queued: { label: 'Sending', color: 'blue' },
  failed: { label: 'Failed', color: 'red' },
  printable: { label: 'No email', color: 'yellow' },
  error: { label: 'Not created', color: 'red' },
};

export function summaryOf(results: MergeResult[]) {
  const count = (...outcomes: MergeOutcome[]) => results.filter((result) => outcomes.includes(result.outcome)).length;
  return {
    emailed: count('sent', 'logged', 'queued'),
    printable: count('printable'),
    failed: count('failed', 'error'),
  };
}

export function MergeProgress({
  total,
  results,
  finished,
}: {
  total: number;
  results: MergeResult[];
  finished: boolean;
}) {
  const done = results.length;
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  const summary = summaryOf(results);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label="Mail merge progress">
      <Stack gap="md">
        <Group justify="space-between">
          <Text fw={600}>{finished ? 'Mail merge finished' : 'Sending your letters…'}</Text>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {done} of {total}
          </Text>
        </Group>
        <Progress
          value={percent}
          size="lg"
          radius="xl"
          animated={!finished}
          aria-label={`Mail merge: ${done} of ${total} done`}
        />
        {finished && (
          <Alert color={summary.failed ? 'orange' : 'sage'} variant="light" title="Summary" role="status">
            {summary.emailed} emailed · {summary.printable} to print (no email address) · {summary.failed} failed.{' '}
            <Anchor component={Link} to="/letters" size="sm">
              See all letters
            </Anchor>
          </Alert>
        )}
        <Box mah={420} style={{ overflowY: 'auto' }}>
          <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Results per recipient">
            {results.map((result) => (
              <Group key={result.contactId} component="li" gap="xs" wrap="nowrap" justify="space-between">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Badge
                    color={looks[result.outcome].color}
                    variant="light"
                    tt="none"
                    w={128}
                    style={{ flexShrink: 0 }}
                  >
                    {looks[result.outcome].label}
                  </Badge>
                  <Text size="sm" fw={500} truncate>
                    {result.name}
                  </Text>
                  {result.detail && result.outcome !== 'printable' && (
                    <Text
                      size="xs"
                      c={result.outcome === 'failed' || result.outcome === 'error' ? 'red.8' : 'dimmed'}
                      truncate
                    >
                      {result.detail}
                    </Text>
                  )}
                </Group>
                {result.letterId && (
                  <Group gap={8} wrap="nowrap">
                    {result.outcome === 'printable' && (
                      <Anchor href={letterPrintUrl(result.letterId)} target="_blank" rel="noopener" size="sm">
                        Print instead
                      </Anchor>
                    )}
                    <Anchor component={Link} to={`/letters/${result.letterId}`} size="sm">
                      Open
                    </Anchor>
                  </Group>
                )}
              </Group>
            ))}
          </Stack>
        </Box>
      </Stack>
    </Paper>
  );
}
