// Write and send: Enter sends, Shift+Enter starts a new line; one PDF or image (≤ 2 MB) may go
// with the message. A failed send keeps the draft and says why (the new-account limit included).
import { Button, CloseButton, FileButton, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { maxMessageLength } from '../../../contracts/messages-words.ts';
import { ApiError, messageOf } from '../../api/http.ts';
import { useSendMessage, type UploadedAttachment } from '../../api/messages.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { sendProblem } from './conversation-text.ts';
import { useAttachmentUpload } from './use-attachment-upload.ts';

export function Composer({ conversationId, disabled }: { conversationId: string; disabled?: boolean }) {
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const send = useSendMessage(conversationId);
  const upload = useAttachmentUpload(conversationId, setProblem);
  const attachment: UploadedAttachment | null = upload.attachment;
  const text = body.trim() || (attachment ? attachment.fileName : '');
  const tooLong = body.length > maxMessageLength;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text || tooLong || send.isPending || upload.busy) return;
    setProblem(null);
    send.mutate(
      { body: text, ...(attachment ? { attachment: attachment.file } : {}) },
      {
        onSuccess: () => {
          setBody('');
          upload.clear();
        },
        onError: (error) => setProblem(error instanceof ApiError ? sendProblem(error) : messageOf(error)),
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <Paper withBorder radius="md" p="sm" component="form" onSubmit={submit} noValidate aria-label="Write a message">
      <Stack gap="xs">
        <Textarea
          label="Message"
          description="Enter sends; Shift+Enter starts a new line."
          placeholder="Write a message…"
          autosize
          minRows={2}
          maxRows={8}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          error={tooLong ? `At most ${maxMessageLength} characters (${body.length} now)` : undefined}
          disabled={disabled}
        />
        {attachment && (
          <Group gap="xs">
            <Text size="sm">📎 {attachment.fileName}</Text>
            <CloseButton size="sm" aria-label={`Remove ${attachment.fileName}`} onClick={upload.clear} />
          </Group>
        )}
        <FormAlert message={problem} />
        <Group justify="space-between">
          <FileButton
            onChange={upload.pick}
            accept="application/pdf,image/png,image/jpeg,image/webp"
            disabled={disabled}
            inputProps={{ 'aria-label': 'Attach a PDF or image' }}
          >
            {(props) => (
              <Button {...props} variant="default" size="sm" loading={upload.busy}>
                Attach PDF or image
              </Button>
            )}
          </FileButton>
          <Group gap="sm">
            <Text size="xs" c={tooLong ? 'red.8' : 'dimmed'} aria-hidden="true">
              {body.length}/{maxMessageLength}
            </Text>
            <Button type="submit" loading={send.isPending} disabled={disabled || !text || tooLong || upload.busy}>
              Send
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
