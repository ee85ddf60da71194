// One message in the thread: mine on the right, theirs on the left with the sender's name; an
// image attachment shows inline, a PDF as a download link.
import { Anchor, Box, Image, Paper, Stack, Text } from '@mantine/core';
import type { Message } from '../../api/messages.ts';
import { fullMoment } from './conversation-text.ts';

const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function AttachmentView({
  attachment,
  onImageLoad,
}: {
  attachment: NonNullable<Message['attachment']>;
  onImageLoad?: () => void;
}) {
  if (attachment.kind === 'image')
    return (
      <Anchor href={attachment.url} target="_blank" rel="noopener">
        <Image
          src={attachment.url}
          alt={attachment.fileName}
          w="auto"
          maw="min(320px, 100%)"
          mah={320}
          fit="contain"
          radius="sm"
          onLoad={onImageLoad}
        />
      </Anchor>
    );
  return (
    <Anchor href={attachment.url} download={attachment.fileName} size="sm">
      📄 {attachment.fileName} (PDF, {sizeOf(attachment.size)})
    </Anchor>
  );
}

export function MessageItem({
  message,
  showSender,
  onImageLoad,
}: {
  message: Message;
  showSender: boolean;
  onImageLoad?: () => void;
}) {
  const sender = message.mine ? 'You' : (message.sender?.displayName ?? 'A former member');
  return (
    <Box
      component="li"
      style={{ display: 'flex', justifyContent: message.mine ? 'flex-end' : 'flex-start' }}
      data-testid="message"
    >
      <Paper
        radius="md"
        px="md"
        py={8}
        maw="80%"
        bg={message.mine ? 'teal.0' : 'gray.0'}
        withBorder
        aria-label={`${sender}, ${fullMoment(message.createdAt)}`}
      >
        <Stack gap={4}>
          {showSender && !message.mine && (
            <Text size="xs" fw={600} c="teal.9">
              {sender}
            </Text>
          )}
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</Text>
          {message.attachment && <AttachmentView attachment={message.attachment} onImageLoad={onImageLoad} />}
          <Text size="xs" c="dimmed" ta={message.mine ? 'right' : 'left'}>
            <time dateTime={message.createdAt}>{fullMoment(message.createdAt)}</time>
          </Text>
        </Stack>
      </Paper>
    </Box>
  );
}
