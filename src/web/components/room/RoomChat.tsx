// The side chat: everyone in the room (a peer the full mesh left out included) reads and writes it.
// Lines live only as long as the room does: nothing is stored.
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { maxRoomChatLength } from '../../../contracts/room-limits.ts';
import type { ChatLine } from './room-state.ts';

export function RoomChat({ lines, onSend }: { lines: ChatLine[]; onSend: (text: string) => void }) {
  const [text, setText] = useState('');
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onSend(text.trim());
    setText('');
  };
  return (
    <Stack gap="xs" className="room-chat">
      <Title order={2} size="h4">
        Chat
      </Title>
      <div className="room-chat-log" role="log" aria-label="Chat messages" tabIndex={0}>
        {lines.length === 0 && (
          <Text size="sm" c="dimmed">
            No messages yet. The chat is not kept after the room empties.
          </Text>
        )}
        {lines.map((line) => (
          <Text key={line.key} size="sm">
            <strong>{line.mine ? 'You' : line.name}:</strong> {line.text}
          </Text>
        ))}
      </div>
      <form onSubmit={send}>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label="Message the room"
            value={text}
            maxLength={maxRoomChatLength}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Button type="submit">Send</Button>
        </Group>
      </form>
    </Stack>
  );
}
