// Under a post: report it (any member, with a reason, in the shared report dialog: the circle's
// organizers and the admins read it), and for organizers hide or show it.
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { messageOf } from '../../api/http.ts';
import { useModeratePost, useReportPost, type Post } from '../../api/discussions.ts';
import { ReportButton } from '../../components/ReportButton.tsx';

export function PostActions({ post, canModerate }: { post: Post; canModerate: boolean }) {
  const report = useReportPost();
  const moderate = useModeratePost();
  return (
    <Group gap="xs" wrap="wrap">
      {!post.mine && (
        <ReportButton
          compact
          title="Report the post"
          intro="The circle’s organizers and the Kneadwork administrators read it; the author is not told who reported."
          thanks="Thank you. The organizers will look at the post."
          send={(choice) => report.mutateAsync({ postId: post.id, reason: choice.words })}
        />
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
