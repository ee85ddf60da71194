// /app/circles/<slug>/discussions: a circle's threads for its members — by category, pinned first,
// with what is new to me marked — and the form to start one.
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Circle } from '../../../contracts/circles.ts';
import { categoryHints, categoryLabels, threadCategories } from '../../../contracts/discussion-words.ts';
import { useThreads, type ThreadSummary } from '../../api/discussions.ts';
import { api } from '../../api/http.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { Link, useNavigate, useParams } from '../../app/routing.tsx';
import { formatMoment } from '../../components/dates.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { NewThreadForm } from './NewThreadForm.tsx';
import { circlePath, threadPath } from './paths.ts';
import { ThreadBadges } from './ThreadBadges.tsx';

const filters = [
  { value: '', label: 'All' },
  ...threadCategories.map((value) => ({ value, label: categoryLabels[value] })),
];

function ThreadRow({ circle, thread }: { circle: string; thread: ThreadSummary }) {
  return (
    <Paper withBorder radius="md" p="md" component="li">
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Anchor component={Link} to={threadPath(circle, thread.id)} fw={thread.unread > 0 ? 700 : 500}>
            {thread.title}
          </Anchor>
          {thread.unread > 0 && (
            <Badge color="teal" variant="filled" aria-label={`${thread.unread} unread`}>
              {thread.unread} new
            </Badge>
          )}
          <ThreadBadges thread={thread} />
        </Group>
        <Text size="sm" c="dimmed">
          {categoryLabels[thread.category]} · {thread.author?.displayName ?? 'A former member'} ·{' '}
          {thread.posts === 1 ? '1 post' : `${thread.posts} posts`} · last {formatMoment(thread.lastPostAt)}
        </Text>
      </Stack>
    </Paper>
  );
}

export function DiscussionsPage() {
  const { slug = '' } = useParams<{ slug: string }>();
  const [category, setCategory] = useState('');
  const navigate = useNavigate();
  const circle = useQuery({
    queryKey: queryKeys.circle(slug),
    queryFn: ({ signal }) => api<Circle>(`/api/circles/${encodeURIComponent(slug)}`, { signal }),
  });
  const threads = useThreads(slug, category);
  return (
    <PageFrame
      title={circle.data ? `${circle.data.name}: discussions` : 'Discussions'}
      intro="Problem solving and moral support, for the circle’s members only."
      back={{ to: circlePath(slug), label: 'The circle' }}
    >
      <Group gap="xs" wrap="wrap" role="group" aria-label="Category">
        {filters.map((filter) => (
          <Button
            key={filter.value}
            size="xs"
            variant={category === filter.value ? 'filled' : 'default'}
            aria-pressed={category === filter.value}
            onClick={() => setCategory(filter.value)}
          >
            {filter.label}
          </Button>
        ))}
      </Group>
      {category && <Text size="sm">{categoryHints[category as keyof typeof categoryHints]}</Text>}
      <QueryState
        query={threads}
        isEmpty={(items) => items.length === 0}
        empty={<Text c="dimmed">No threads here yet. Start one below.</Text>}
      >
        {(items) => (
          <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Threads">
            {items.map((thread) => (
              <ThreadRow key={thread.id} circle={slug} thread={thread} />
            ))}
          </Stack>
        )}
      </QueryState>
      <NewThreadForm circle={slug} onStarted={(thread) => navigate(threadPath(slug, thread.id))} />
    </PageFrame>
  );
}
