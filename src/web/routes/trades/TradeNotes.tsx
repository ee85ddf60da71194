// After a session took place: my private note on their style (only I see it), feedback I share
// with them, and the feedback they shared with me.
import { Blockquote, Button, Paper, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/http.ts';
import { useSaveTradeNotes, type Trade } from '../../api/trades.ts';

export function TradeNotes({ trade }: { trade: Trade }) {
  const save = useSaveTradeNotes(trade.id);
  const [privateNote, setPrivateNote] = useState(trade.myNotes.privateNote);
  const [sharedFeedback, setSharedFeedback] = useState(trade.myNotes.sharedFeedback);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { privateNote, sharedFeedback },
      {
        onSuccess: () => notifications.show({ color: 'sage', message: 'Notes saved.' }),
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Could not save the notes', message: messageOf(error) }),
      },
    );
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} aria-labelledby="notes-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="notes-heading">
          After the trade
        </Title>
        {trade.feedbackFromPartner && (
          <Blockquote cite={`— ${trade.partner.name}`} p="sm">
            {trade.feedbackFromPartner}
          </Blockquote>
        )}
        <Textarea
          label="Private note"
          description={`Only you see this: ${trade.partner.name}'s style and approach, what you would refer them for.`}
          autosize
          minRows={3}
          value={privateNote}
          onChange={(event) => setPrivateNote(event.currentTarget.value)}
        />
        <Textarea
          label="Feedback for them"
          description={`Shared with ${trade.partner.name}.`}
          autosize
          minRows={2}
          value={sharedFeedback}
          onChange={(event) => setSharedFeedback(event.currentTarget.value)}
        />
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          Save notes
        </Button>
      </Stack>
    </Paper>
  );
}
