// /mentoring/:id — the shared space of a mentorship, for its two parties: the request and its
// answer, goals, check-ins, my private note, the conversation, and the end with feedback.
import { Alert, Blockquote, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense } from 'react';
import { useNavigate, useParams } from '../../app/routing.tsx';
import { messageOf } from '../../api/http.ts';
import {
  useMentorshipConversation,
  useMentorshipSpace,
  useMentorshipStep,
  type MentorshipSpace,
} from '../../api/mentorship.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

const SpaceSections = lazy(async () => ({ default: (await import('./SpaceSections.tsx')).SpaceSections }));
const TextStep = lazy(async () => ({ default: (await import('./TextStep.tsx')).TextStep }));

function Answer({ space }: { space: MentorshipSpace }) {
  const step = useMentorshipStep(space.id);
  const accept = () =>
    step.mutate(
      { step: 'accept' },
      {
        onSuccess: () => notifications.show({ color: 'sage', message: `You are now mentoring ${space.other.name}.` }),
        onError: (error) => notifications.show({ color: 'red', title: 'Could not accept', message: messageOf(error) }),
      },
    );
  return (
    <Stack gap="sm">
      <Group>
        <Button onClick={accept} loading={step.isPending && step.variables?.step === 'accept'}>
          Accept
        </Button>
      </Group>
      <Suspense fallback={<PageLoader />}>
        <TextStep id={space.id} step="decline" field="note" label="A kind note (optional)" submit="Decline" optional />
      </Suspense>
    </Stack>
  );
}

function Space({ id }: { id: string }) {
  const space = useMentorshipSpace(id);
  const conversation = useMentorshipConversation(id);
  const navigate = useNavigate();
  if (space.isError) return <LoadError error={space.error} retry={() => void space.refetch()} />;
  if (!space.data) return <PageLoader />;
  const data = space.data;
  const openMessages = () =>
    conversation.mutate(undefined, {
      onSuccess: ({ conversationId }) => void navigate(`/messages/${conversationId}`),
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Could not open messages', message: messageOf(error) }),
    });
  return (
    <Stack gap="lg">
      <Text>
        {data.role === 'mentor' ? `You mentor ${data.other.name}.` : `${data.other.name} is your mentor.`}{' '}
        {data.status === 'requested' && (data.role === 'mentor' ? 'They asked you:' : 'Waiting for their answer.')}
        {data.status === 'declined' && 'The request was declined.'}
        {data.status === 'withdrawn' && 'The request was withdrawn.'}
        {data.status === 'ended' && 'This mentorship has ended.'}
      </Text>
      {data.message && (
        <Blockquote p="sm" cite={data.role === 'mentor' ? `— ${data.other.name}` : '— your request'}>
          {data.message}
        </Blockquote>
      )}
      {data.declineNote && <Alert title="Their note">{data.declineNote}</Alert>}
      {data.status === 'requested' && data.role === 'mentor' && <Answer space={data} />}
      {data.status === 'requested' && data.role === 'mentee' && <Withdraw space={data} />}
      {(data.status === 'active' || data.status === 'ended') && (
        <>
          <Group>
            <Button variant="light" onClick={openMessages} loading={conversation.isPending}>
              Messages
            </Button>
          </Group>
          <Suspense fallback={<PageLoader />}>
            <SpaceSections space={data} />
          </Suspense>
        </>
      )}
      {data.status === 'ended' && (
        <Stack gap="xs" component="section" aria-labelledby="feedback-heading">
          <Title order={2} size="h4" id="feedback-heading">
            Feedback
          </Title>
          {data.feedback.theirs && (
            <Blockquote p="sm" cite={`— ${data.other.name}`}>
              {data.feedback.theirs}
            </Blockquote>
          )}
          {data.feedback.mine ? (
            <Text size="sm">Yours: {data.feedback.mine}</Text>
          ) : (
            <Suspense fallback={<PageLoader />}>
              <TextStep id={id} step="feedback" field="feedback" label="Your feedback" submit="Send feedback" />
            </Suspense>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function Withdraw({ space }: { space: MentorshipSpace }) {
  const step = useMentorshipStep(space.id);
  const withdraw = () =>
    step.mutate(
      { step: 'withdraw' },
      {
        onSuccess: () => notifications.show({ color: 'sage', message: 'Your request was withdrawn.' }),
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Could not withdraw', message: messageOf(error) }),
      },
    );
  return (
    <Group>
      <Button variant="default" onClick={withdraw} loading={step.isPending}>
        Withdraw request
      </Button>
    </Group>
  );
}

export function MentorshipPage() {
  const { id = '' } = useParams();
  return (
    <PageFrame title="Mentorship" back={{ to: '/mentoring', label: 'Mentoring' }} size="lg">
      <Space id={id} />
    </PageFrame>
  );
}
