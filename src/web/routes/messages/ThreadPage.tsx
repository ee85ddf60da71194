// /messages/:id: one conversation — who is in it, the messages (live), and the composer. Opening
// it marks it read; anyone not in it sees "not found", as for a conversation that does not exist.
import { Anchor, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from '../../app/routing.tsx';
import { ApiError } from '../../api/http.ts';
import { useConversation, type Conversation } from '../../api/messages.ts';
import { useRealtimeStatus } from '../../api/realtime.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { Composer } from './Composer.tsx';
import { conversationName } from './conversation-text.ts';
import { MessageLog } from './MessageLog.tsx';
import { ThreadMenu } from './ThreadMenu.tsx';
import { useReadWhileOpen } from './use-read-while-open.ts';

function Thread({ conversation }: { conversation: Conversation }) {
  const name = conversationName(conversation);
  const live = useRealtimeStatus();
  useDocumentTitle(`${name} — Messages — Kneadwork`);
  useReadWhileOpen(conversation.id);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={1} size="h2">
            {name}
          </Title>
          <Text size="sm" c="dimmed">
            {conversation.kind === 'group'
              ? `Group with ${conversation.members.map((member) => member.displayName).join(', ')}`
              : 'One-to-one conversation'}
            {' · '}
            {conversation.members.map((member, index) => (
              <span key={member.slug}>
                {index > 0 && ', '}
                <Anchor component={Link} to={`/members/${member.slug}`} size="sm">
                  {conversation.kind === 'group' ? member.displayName : 'View profile'}
                </Anchor>
              </span>
            ))}
          </Text>
        </Stack>
        {conversation.members.length > 0 && <ThreadMenu conversation={conversation} />}
      </Group>
      {live === 'reconnecting' && (
        <Text size="sm" c="orange.9" role="status">
          Reconnecting… new messages will appear when the connection is back.
        </Text>
      )}
      <MessageLog conversation={conversation} />
      <Composer conversationId={conversation.id} />
    </Stack>
  );
}

function Loaded({ id }: { id: string }) {
  const conversation = useConversation(id);
  if (conversation.error instanceof ApiError && conversation.error.status === 404)
    return (
      <Stack gap="sm">
        <Title order={1}>Conversation not found</Title>
        <Text>It does not exist, or you are not one of its members.</Text>
      </Stack>
    );
  if (conversation.isError) return <LoadError error={conversation.error} retry={() => void conversation.refetch()} />;
  if (!conversation.data) return <PageLoader />;
  return <Thread conversation={conversation.data} />;
}

export function ThreadPage() {
  const { id = '' } = useParams();
  return (
    <Container size="md" py="xl" w="100%">
      <Stack gap="md">
        <Anchor component={Link} to="/messages" size="sm">
          ← All messages
        </Anchor>
        <Loaded key={id} id={id} />
      </Stack>
    </Container>
  );
}
