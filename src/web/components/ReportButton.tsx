// "Report" on anything a member can see: the shared report dialog, loaded on first press.
// `ReportItemButton` sends it to the admins (POST /api/reports: a profile, a circle); a module with
// its own report route (a circle post) gives its own `send` and words.
import { Button } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { ReportableKindName } from '../../contracts/moderation-words.ts';
import { reportItem } from '../api/moderation.ts';
import type { ReportDialogProps } from './ReportDialog.tsx';
import { useLazyDialog } from './use-lazy-dialog.ts';

const ReportDialog = lazy(async () => ({ default: (await import('./ReportDialog.tsx')).ReportDialog }));

type Props = Pick<ReportDialogProps, 'title' | 'intro' | 'thanks' | 'send'> & { compact?: boolean };

export function ReportButton({ compact = false, ...dialogProps }: Props) {
  const dialog = useLazyDialog();
  return (
    <>
      <Button
        size={compact ? 'compact-xs' : 'xs'}
        variant="subtle"
        color="gray"
        onClick={dialog.open}
        aria-haspopup="dialog"
      >
        Report
      </Button>
      {dialog.loaded && (
        <Suspense fallback={null}>
          <ReportDialog {...dialogProps} opened={dialog.opened} onClose={dialog.close} onClosed={dialog.onClosed} />
        </Suspense>
      )}
    </>
  );
}

export function ReportItemButton({ kind, id, name }: { kind: ReportableKindName; id: string; name: string }) {
  return (
    <ReportButton
      title={`Report ${name}`}
      intro="The Kneadwork administrators read every report. Nobody is told who reported."
      thanks="Thank you. The administrators will look at it."
      send={(choice) => reportItem(kind, id, choice.words)}
    />
  );
}
