// Under a post: report it (any member, with a reason), and for organizers hide or show it.
import { Button, Group, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/http.ts';
import { useModeratePost, useReportPost, type Post } from '../../api/discussions.ts';
import { FormAlert } from '../../components/FormAlert.tsx';

function ReportForm({ post, onDone }: { post: Post; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const report = useReportPost();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) return setProblem('Say in a few words what is wrong with the post.');
    report.mutate(
      { postId: post.id, reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Thank you. The organizers will look at the post.' });
          onDone();
        },
        onError: (error) => setProblem(messageOf(error)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Report the post">
      <Textarea
        label="Why report this post?"
        description="The organizers read it; the author is not told who reported."
        autosize
        minRows={2}
        maxLength={1000}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-autofocus
      />
      <FormAlert message={problem} />
      <Group gap="xs" mt="xs">
        <Button type="submit" size="xs" color="red" loading={report.isPending}>
          Send report
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}

export function PostActions({ post, canModerate }: { post: Post; canModerate: boolean }) {
  const [reporting, setReporting] = useState(false);
  const moderate = useModeratePost();
  if (reporting) return <ReportForm post={post} onDone={() => setReporting(false)} />;
  return (
    <Group gap="xs" wrap="wrap">
      {!post.mine && (
        <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setReporting(true)}>
          Report
        </Button>
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
