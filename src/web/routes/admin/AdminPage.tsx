// /app/admin: the admins' page — reports with the item in context and the actions on them, and the
// audit trail. Anyone else gets the app's not-found page, as the API answers them.
import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ReportStatus } from '../../../contracts/moderation-words.ts';
import { useAmAdmin } from '../../api/admin-role.ts';
import { useReportQueue } from '../../api/moderation.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { AuditLog } from './AuditLog.tsx';
import { ReportCard } from './ReportCard.tsx';

const statuses: { value: ReportStatus; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'actioned', label: 'Acted on' },
  { value: 'dismissed', label: 'Dismissed' },
];
const plainList = { listStyle: 'none', margin: 0, padding: 0 };

export function AdminPage() {
  const admin = useAmAdmin();
  const [status, setStatus] = useState<ReportStatus>('open');
  const queue = useReportQueue(status, admin.data === true);
  if (admin.isPending) return <PageLoader />;
  if (admin.data !== true) return <NotFoundPage />;
  return (
    <PageFrame title="Admin" intro="Reports from members, with what was reported, and everything admins did." size="lg">
      <Stack gap="md" component="section" aria-labelledby="reports-heading">
        <Title order={2} size="h3" id="reports-heading">
          Reports
        </Title>
        <SegmentedControl
          aria-label="Which reports"
          data={statuses}
          value={status}
          onChange={(value) => setStatus(value)}
          fullWidth
        />
        <QueryState
          query={queue}
          isEmpty={(items) => items.length === 0}
          empty={
            <Text c="dimmed">No {statuses.find((each) => each.value === status)!.label.toLowerCase()} reports.</Text>
          }
        >
          {(items) => (
            <Stack gap="md" component="ul" style={plainList}>
              {items.map((report) => (
                <ReportCard key={report.id} report={report} />
              ))}
            </Stack>
          )}
        </QueryState>
      </Stack>
      <AuditLog />
    </PageFrame>
  );
}
