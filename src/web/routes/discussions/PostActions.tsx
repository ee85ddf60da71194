// Under a post: report it (any member, with a reason, in the shared report dialog: the circle's
// organizers and the admins read it), and for organizers hide or show it.
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense } from 'react';
import { messageOf } from '../../api/http.ts';
import { useModeratePost, useReportPost, type Post } from '../../api/discussions.ts';
import { useLazyDialog } from '../../components/use-lazy-dialog.ts';

const ReportDialog = lazy(async () => ({ default: (await import('../../components/ReportDialog.tsx')).ReportDialog }));

export function PostActions({ post, canModerate }: { post: Post; canModerate: boolean }) {
  const dialog = useLazyDialog();
  const report = useReportPost();
  const moderate = useModeratePost();
  return (
    <Group gap="xs" wrap="wrap">
      {!post.mine && (
        <Button size="compact-xs" variant="subtle" color="gray" onClick={dialog.open} aria-haspopup="dialog">
          Report
        </Button>
      )}
      {dialog.loaded && (
        <Suspense fallback={null}>
          <ReportDialog
            opened={dialog.opened}
            onClose={dialog.close}
            onClosed={dialog.onClosed}
            title="Report the post"
            intro="The circle’s organizers and the Kneadwork administrators read it; the author is not told who reported."
            thanks="Thank you. The organizers will look at the post."
            send={(choice) => report.mutateAsync({ postId: post.id, reason: choice.words })}
          />
        </Suspense>
      )}
      {canModerate && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          onClick={() =>
            moderate.mutate(
              { postId: post.id, hidden: !post.hidden },
              { onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }) },
            )
          }
        >
          {post.hidden ? 'Show post' : 'Hide post'}
        </Button>
      )}
    </Group>
  );
}
