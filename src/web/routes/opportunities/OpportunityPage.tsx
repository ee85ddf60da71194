// /opportunities/:id: one post, "Reply by message" (opens the conversation with its author), and
// for the author: edit, close or delete.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { messageOf } from '../../api/http.ts';
import {
  useCloseOpportunity,
  useDeleteOpportunity,
  useOpportunity,
  useReplyToOpportunity,
  type Opportunity,
} from '../../api/opportunities.ts';
import { Link, useNavigate, useParams } from '../../app/routing.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { factsLine } from './opportunity-labels.ts';

const EditOpportunityForm = lazy(async () => ({
  default: (await import('./PostOpportunityForm.tsx')).EditOpportunityForm,
}));

function Reply({ post }: { post: Opportunity }) {
  const navigate = useNavigate();
  const reply = useReplyToOpportunity(post.id);
  const [body, setBody] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reply.mutate({ body }, { onSuccess: ({ conversationId }) => navigate(`/messages/${conversationId}`) });
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-label="Reply by message" noValidate>
      <Stack gap="sm">
        <Textarea
          label="Your reply"
          description={`Sent to ${post.author?.displayName ?? 'the author'} as a message`}
          autosize
          minRows={3}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          required
        />
        <FormAlert message={reply.isError ? messageOf(reply.error) : null} />
        <Group>
          <Button type="submit" loading={reply.isPending}>
            Reply by message
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function AuthorActions({ post }: { post: Opportunity }) {
  const navigate = useNavigate();
  const close = useCloseOpportunity();
  const remove = useDeleteOpportunity();
  const [editing, setEditing] = useState(false);
  const failed = (error: Error) => notifications.show({ color: 'red', message: messageOf(error) });
  if (editing)
    return (
      <Suspense fallback={<PageLoader />}>
        <EditOpportunityForm post={post} onDone={() => setEditing(false)} />
      </Suspense>
    );
  return (
    <Group>
      {post.status === 'open' && (
        <Button variant="default" onClick={() => setEditing(true)}>
          Edit
        </Button>
      )}
      {post.status === 'open' && (
        <Button variant="default" loading={close.isPending} onClick={() => close.mutate(post.id, { onError: failed })}>
          Close post
        </Button>
      )}
      <Button
        variant="subtle"
        color="red"
        loading={remove.isPending}
        onClick={() => remove.mutate(post.id, { onSuccess: () => navigate('/opportunities'), onError: failed })}
      >
        Delete
      </Button>
    </Group>
  );
}

export function OpportunityPage() {
  const { id = '' } = useParams();
  const post = useOpportunity(id);
  const back = { to: '/opportunities', label: 'Opportunities' };
  if (post.isError) return <LoadError error={post.error} retry={() => void post.refetch()} />;
  if (!post.data) return <PageLoader />;
  const data = post.data;
  return (
    <PageFrame title={data.title} back={back} intro={factsLine(data)} size="md">
      <Stack gap="lg">
        {(data.status !== 'open' || data.hidden) && (
          <Badge color="gray" variant="light">
            {data.hidden ? 'Hidden by a moderator' : data.status}
          </Badge>
        )}
        {data.author && (
          <Text>
            Posted by{' '}
            <Anchor component={Link} to={`/members/${data.author.slug}`}>
              {data.author.displayName}
            </Anchor>
          </Text>
        )}
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{data.description}</Text>
        <Text size="sm" c="dimmed">
          Listed until {data.expiresOn}
        </Text>
        {data.mine ? <AuthorActions post={data} /> : data.status === 'open' && <Reply post={data} />}
      </Stack>
    </PageFrame>
  );
}
