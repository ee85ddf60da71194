// "Report" on anything a member can see (a profile, a circle): the shared report dialog, loaded
// on first press, sends it to the admins (POST /api/reports).
import { Button } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { ReportableKindName } from '../../contracts/moderation-words.ts';
import { reportItem } from '../api/moderation.ts';
import { useLazyDialog } from './use-lazy-dialog.ts';

const ReportDialog = lazy(async () => ({ default: (await import('./ReportDialog.tsx')).ReportDialog }));

export function ReportButton({ kind, id, name }: { kind: ReportableKindName; id: string; name: string }) {
  const dialog = useLazyDialog();
  return (
    <>
      <Button size="xs" variant="subtle" color="gray" onClick={dialog.open} aria-haspopup="dialog">
        Report
      </Button>
      {dialog.loaded && (
        <Suspense fallback={null}>
          <ReportDialog
            opened={dialog.opened}
            onClose={dialog.close}
            onClosed={dialog.onClosed}
            title={`Report ${name}`}
            intro="The Kneadwork administrators read every report. Nobody is told who reported."
            thanks="Thank you. The administrators will look at it."
            send={(choice) => reportItem(kind, id, choice.words)}
          />
        </Suspense>
      )}
    </>
  );
}
