// /app/circles/<slug>/discussions/<threadId>: a thread's posts (HTML the server rendered from the
// authors' Markdown and sanitised), what is new to me marked, the reply form, the organizers'
// pin, lock and hide, and a report for any post.
import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Typography } from '@mantine/core';
import { useThread, type Post, type ThreadDetail } from '../../api/discussions.ts';
import { useParams } from '../../app/routing.tsx';
import { formatMoment } from '../../components/dates.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { discussionsPath } from './paths.ts';
import { PostActions } from './PostActions.tsx';
import { ReplyForm } from './ReplyForm.tsx';
import { ThreadBadges } from './ThreadBadges.tsx';
import { ThreadModeration } from './ThreadModeration.tsx';

function PostItem({ post, isNew, canModerate }: { post: Post; isNew: boolean; canModerate: boolean }) {
  return (
    <Paper withBorder radius="md" p="md" component="li" style={{ overflowWrap: 'anywhere' }}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{post.author?.displayName ?? 'A former member'}</Text>
          <Text size="sm" c="dimmed">
            {formatMoment(post.createdAt)}
            {post.editedAt ? ' · edited' : ''}
          </Text>
          {isNew && (
            <Badge color="teal" variant="filled">
              New
            </Badge>
          )}
          {post.hidden && (
            <Badge color="red" variant="light">
              Hidden
            </Badge>
          )}
        </Group>
        {/* The server rendered and sanitised this HTML (lib/markdown.ts): no raw HTML from members. */}
        <Typography>
          <div dangerouslySetInnerHTML={{ __html: post.html }} />
        </Typography>
        {post.attachments.length > 0 && (
          <Stack gap={2}>
            {post.attachments.map((file) => (
              <Anchor key={file.file} href={file.url} size="sm" target="_blank" rel="noopener">
                {file.fileName}
              </Anchor>
            ))}
          </Stack>
        )}
        <PostActions post={post} canModerate={canModerate} />
      </Stack>
    </Paper>
  );
}

function ThreadView({ detail, circle }: { detail: ThreadDetail; circle: string }) {
  const { thread, posts, canModerate } = detail;
  // The last `unread` posts by others are the ones I had not read when I opened the thread.
  const others = posts.filter((post) => !post.mine);
  const fresh = new Set(others.slice(others.length - thread.unread).map((post) => post.id));
  return (
    <Stack gap="md">
      <Group gap="xs" wrap="wrap">
        <ThreadBadges thread={thread} />
      </Group>
      {canModerate && <ThreadModeration thread={thread} />}
      {posts.length === 0 ? (
        <Text c="dimmed">Nobody has written here yet.</Text>
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Posts">
          {posts.map((post) => (
            <PostItem
              key={post.id}
              post={post}
              isNew={thread.unread > 0 && fresh.has(post.id)}
              canModerate={canModerate}
            />
          ))}
        </Stack>
      )}
      {thread.locked ? (
        <Alert color="gray" title="This thread is locked">
          An organizer closed it to replies.
        </Alert>
      ) : (
        <ReplyForm threadId={thread.id} circle={circle} />
      )}
    </Stack>
  );
}

export function ThreadPage() {
  const { slug = '', threadId = '' } = useParams<{ slug: string; threadId: string }>();
  const thread = useThread(threadId);
  return (
    <PageFrame
      title={thread.data?.thread.title ?? 'Discussion'}
      back={{ to: discussionsPath(slug), label: 'All discussions' }}
      size="md"
    >
      <QueryState query={thread}>{(detail) => <ThreadView detail={detail} circle={slug} />}</QueryState>
    </PageFrame>
  );
}
