// /messages: my conversations, latest activity first, with unread counts that follow the live
// socket, and the way to start a new one-to-one or group conversation.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useConversations } from '../../api/messages.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ConversationRow } from './ConversationRow.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

// The member picker (and the connections it suggests) loads when first opened, not with the inbox.
const NewConversationModal = lazy(async () => ({
  default: (await import('./NewConversationModal.tsx')).NewConversationModal,
}));

function Inbox() {
  const conversations = useConversations();
  if (conversations.isError)
    return <LoadError error={conversations.error} retry={() => void conversations.refetch()} />;
  if (!conversations.data) return <PageLoader />;
  const { items, totalUnread } = conversations.data;
  return (
    <Stack gap="sm">
      <Text role="status" aria-live="polite" fw={500} data-testid="total-unread">
        {totalUnread === 0
          ? 'No unread messages'
          : `${totalUnread} unread ${totalUnread === 1 ? 'message' : 'messages'}`}
      </Text>
      {items.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text>
            No conversations yet. Start one with a colleague from your network, or anyone by their profile address.
          </Text>
        </Paper>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Conversations">
          {items.map((conversation) => (
            <ConversationRow key={conversation.id} conversation={conversation} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function MessagesPage() {
  const [starting, start] = useDisclosure(false);
  return (
    <PageFrame
      title="Messages"
      intro="Conversations with colleagues, one to one or in small groups. Only the people in a conversation can read it."
      size="md"
      actions={<Button onClick={start.open}>New conversation</Button>}
    >
      <Inbox />
      {starting && (
        <Suspense fallback={null}>
          <NewConversationModal opened={starting} onClose={start.close} />
        </Suspense>
      )}
    </PageFrame>
  );
}
