// One report in context: what was reported (as it reads now, or as first reported if it is gone),
// its author and what admins did about them before, who reported it and why, and the actions.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { actionLabels, kindLabels } from '../../../contracts/moderation-words.ts';
import { Link } from '../../app/routing.tsx';
import type { QueuedReport } from '../../api/moderation.ts';
import { formatMoment } from '../../components/dates.ts';
import { useLazyDialog } from '../../components/use-lazy-dialog.ts';
import type { AdminAction } from './AdminActionDialog.tsx';

const AdminActionDialog = lazy(async () => ({ default: (await import('./AdminActionDialog.tsx')).AdminActionDialog }));

const appPath = (path: string) => (path.startsWith('/app/') ? path.slice('/app'.length) : path);

export function ReportCard({ report }: { report: QueuedReport }) {
  const dialog = useLazyDialog();
  const [action, setAction] = useState<AdminAction>('hide');
  const choose = (next: AdminAction) => {
    setAction(next);
    dialog.open();
  };
  const open = report.status === 'open';
  const headingId = `report-${report.id}`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline">{kindLabels[report.kind]}</Badge>
          {report.item.hidden && <Badge color="orange">Hidden</Badge>}
          {!report.item.exists && <Badge color="gray">No longer there</Badge>}
          {report.authorSuspended && <Badge color="red">Author suspended</Badge>}
          <Text size="sm" c="dimmed">
            {report.count} {report.count === 1 ? 'report' : 'reports'} · last {formatMoment(report.lastReportedAt)}
          </Text>
        </Group>
        <Title order={3} size="h4" id={headingId}>
          {report.item.path ? (
            <Anchor component={Link} to={appPath(report.item.path)}>
              {report.item.title || 'Untitled'}
            </Anchor>
          ) : (
            report.item.title || 'Untitled'
          )}
        </Title>
        {report.item.excerpt && (
          <Text
            component="blockquote"
            m={0}
            pl="sm"
            style={{
              borderLeft: '3px solid var(--mantine-color-gray-4)',
              whiteSpace: 'pre-line',
              overflowWrap: 'anywhere',
            }}
          >
            {report.item.excerpt}
          </Text>
        )}
        <Text size="sm">
          By{' '}
          {report.author ? (
            <Anchor component={Link} to={`/members/${report.author.slug}`}>
              {report.author.displayName}
            </Anchor>
          ) : (
            'nobody we know'
          )}
        </Text>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            Reported by
          </Text>
          {report.reporters.map((row, index) => (
            <Text key={index} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {row.member?.displayName ?? 'A former member'}: “{row.reason}”
            </Text>
          ))}
        </Stack>
        {report.priorActions.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              Before, about this author
            </Text>
            {report.priorActions.map((row) => (
              <Text key={row.id} size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {formatMoment(row.createdAt)} · {actionLabels[row.action]} · “{row.reason}”
              </Text>
            ))}
          </Stack>
        )}
        <Group gap="xs" wrap="wrap">
          {open && report.item.exists && !report.item.hidden && (
            <Button size="xs" color="orange" onClick={() => choose('hide')}>
              Hide
            </Button>
          )}
          {open && report.author && (
            <Button size="xs" variant="light" onClick={() => choose('warn')}>
              Warn
            </Button>
          )}
          {open && report.author && !report.authorSuspended && (
            <Button size="xs" color="red" variant="light" onClick={() => choose('suspend')}>
              Suspend
            </Button>
          )}
          {open && (
            <Button size="xs" variant="default" onClick={() => choose('dismiss')}>
              Dismiss
            </Button>
          )}
          {report.item.exists && report.item.hidden && (
            <Button size="xs" variant="default" onClick={() => choose('unhide')}>
              Show again
            </Button>
          )}
          {report.authorSuspended && report.author && (
            <Button size="xs" variant="default" onClick={() => choose('unsuspend')}>
              Lift suspension
            </Button>
          )}
        </Group>
      </Stack>
      {dialog.loaded && (
        <Suspense fallback={null}>
          <AdminActionDialog
            report={report}
            action={action}
            opened={dialog.opened}
            onClose={dialog.close}
            onClosed={dialog.onClosed}
          />
        </Suspense>
      )}
    </Paper>
  );
}
