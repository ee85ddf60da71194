// A signed note's two forms, loaded when opened: an amendment (added with who and when, never
// overwriting) and which parts the client may see in their portal.
import { Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useAmendSession, useShareSession, type NotePart, type SessionNote } from '../../../api/sessions.ts';
import { fail, partLabels } from './NoteCard.tsx';

export function AmendForm({ note, onDone }: { note: SessionNote; onDone: () => void }) {
  const amend = useAmendSession(note.clientId);
  const [amendment, setAmendment] = useState('');
  return (
    <Stack gap={4}>
      <Textarea
        label="Amendment"
        autosize
        minRows={2}
        value={amendment}
        onChange={(event) => setAmendment(event.currentTarget.value)}
      />
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          size="xs"
          loading={amend.isPending}
          disabled={!amendment.trim()}
          onClick={() =>
            amend.mutate(
              { sessionId: note.id, text: amendment },
              {
                onSuccess: onDone,
                onError: fail('The amendment was not added'),
              },
            )
          }
        >
          Add
        </Button>
      </Group>
    </Stack>
  );
}

export function ShareForm({ note, onDone }: { note: SessionNote; onDone: () => void }) {
  const share = useShareSession(note.clientId);
  const [parts, setParts] = useState<string[]>(note.sharedParts);
  return (
    <Stack gap={4}>
      <Checkbox.Group label="Parts the client may see" value={parts} onChange={setParts}>
        <Group gap="sm" mt={4}>
          {(Object.keys(partLabels) as NotePart[]).map((part) => (
            <Checkbox key={part} value={part} label={partLabels[part]} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          size="xs"
          loading={share.isPending}
          onClick={() =>
            share.mutate(
              { sessionId: note.id, parts: parts as NotePart[] },
              { onSuccess: onDone, onError: fail('The note was not shared') },
            )
          }
        >
          Save
        </Button>
      </Group>
    </Stack>
  );
}
