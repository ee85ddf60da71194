// The shared notes of one meeting date, for the circle's members: the text as the server rendered
// and sanitised it, and Edit for the Markdown. A save names the version the edit started from; if
// someone saved meanwhile, the server refuses (409) and we show their newer text above the draft,
// so a second Save is made knowing what it replaces.
import { Button, Paper, Stack, Text, Textarea, Typography } from '@mantine/core';
import { useState } from 'react';
import { useNotes, useSaveNotes, type MeetingNotes } from '../../api/meeting-records.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useServerForm } from '../../components/use-server-form.ts';

const maxLength = 20_000;
type Props = { meetingId: string; start: string; label: string };

function Rendered({ notes }: { notes: MeetingNotes }) {
  if (!notes.html) return <Text c="dimmed">No notes yet.</Text>;
  return (
    <Stack gap={4}>
      {/* The server rendered and sanitised this HTML (lib/markdown.ts): no raw HTML from members. */}
      <Typography>
        <div style={{ overflowWrap: 'anywhere' }} dangerouslySetInnerHTML={{ __html: notes.html }} />
      </Typography>
      {notes.updatedBy && notes.updatedAt && (
        <Text size="xs" c="dimmed">
          Last saved by {notes.updatedBy}, {new Date(notes.updatedAt).toLocaleString()}
        </Text>
      )}
    </Stack>
  );
}

function NotesForm({ meetingId, start, label, notes, done }: Props & { notes: MeetingNotes; done: () => void }) {
  // The version this edit builds on: the one read when editing began, or the newer one shown after a 409.
  const [base, setBase] = useState(notes.version);
  const [newer, setNewer] = useState<MeetingNotes | null>(null);
  const save = useSaveNotes(meetingId, start, (latest) => {
    setNewer(latest);
    setBase(latest.version);
  });
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { body: notes.body },
    validate: (values) =>
      values.body.length > maxLength ? { body: `Notes must be at most ${maxLength} characters` } : null,
    toBody: (values: { body: string }) => ({ body: values.body, version: base }),
    mutation: save,
    onSuccess: done,
  });
  return (
    <FormCard name={{ label: `Notes, ${label}` }} formRef={formRef} onSubmit={onSubmit} gap="sm">
      {newer && (
        <Paper withBorder p="xs" radius="md">
          <Text size="sm" fw={600}>
            Someone else saved first. Their text:
          </Text>
          <Rendered notes={newer} />
          <Text size="xs" c="dimmed">
            Your draft is below; saving it now replaces theirs.
          </Text>
        </Paper>
      )}
      <Textarea label="Notes (Markdown)" autosize minRows={4} maxRows={16} {...form.getInputProps('body')} />
      <FormAlert message={newer ? null : problem} />
      <Stack gap="xs" style={{ flexDirection: 'row' }}>
        <Button type="submit" size="xs" loading={busy}>
          Save notes
        </Button>
        <Button size="xs" variant="default" onClick={done}>
          Cancel
        </Button>
      </Stack>
    </FormCard>
  );
}

export function MeetingNotesPanel(props: Props) {
  const notes = useNotes(props.meetingId, props.start);
  const [editing, setEditing] = useState(false);
  return (
    <QueryState query={notes}>
      {(found) =>
        editing ? (
          <NotesForm {...props} notes={found} done={() => setEditing(false)} />
        ) : (
          <Stack gap={6}>
            <Rendered notes={found} />
            <Button size="xs" variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => setEditing(true)}>
              Edit notes
            </Button>
          </Stack>
        )
      }
    </QueryState>
  );
}
