// One conversation in my inbox: who, the last message, when, and how many I have not read.
import { Avatar, Badge, Group, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { Conversation } from '../../api/messages.ts';
import { initials } from '../../components/initials.ts';
import { conversationName, previewOf, shortMoment } from './conversation-text.ts';

export function ConversationRow({ conversation }: { conversation: Conversation }) {
  const name = conversationName(conversation);
  const unread = conversation.unreadCount;
  const first = conversation.members[0];
  return (
    <Paper component="li" withBorder radius="md" p={0} data-testid="conversation-row">
      {/* Named by its content (who, how many unread, the last message), so what is read matches what is seen. */}
      <UnstyledButton component={Link} to={`/messages/${conversation.id}`} display="block" w="100%">
        <Group wrap="nowrap" gap="md" p="md">
          <Avatar
            aria-hidden="true"
            src={conversation.kind === 'direct' ? first?.logoUrl : null}
            radius="xl"
            color="teal"
            alt=""
          >
            {conversation.kind === 'group' ? conversation.members.length + 1 : initials(first?.displayName ?? '?')}
          </Avatar>
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={unread > 0 ? 700 : 600} truncate>
                {name}
                {unread > 0 && <VisuallyHidden>, {unread} unread</VisuallyHidden>}
              </Text>
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                {shortMoment(conversation.lastMessage?.createdAt ?? conversation.updatedAt)}
              </Text>
            </Group>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" c={unread > 0 ? undefined : 'dimmed'} fw={unread > 0 ? 500 : 400} truncate>
                {previewOf(conversation.lastMessage, conversation.kind === 'group')}
              </Text>
              {unread > 0 && (
                <Badge color="teal" circle={unread < 10} data-testid="unread-count" aria-hidden="true">
                  {unread}
                </Badge>
              )}
            </Group>
          </Stack>
        </Group>
      </UnstyledButton>
    </Paper>
  );
}
