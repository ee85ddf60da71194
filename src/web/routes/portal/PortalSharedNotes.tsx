// The parts of session notes the therapist shared with the client (e.g. the plan, home care), newest
// first: of one record (`clientId`), or of all the client's records.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { usePortalSharedNotes } from '../../api/sessions.ts';
import { formatDay } from '../../components/dates.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

export function PortalSharedNotes({ clientId }: { clientId?: string } = {}) {
  const notes = usePortalSharedNotes(clientId);
  if (notes.isError) return <LoadError error={notes.error} retry={() => void notes.refetch()} />;
  if (!notes.data) return <PageLoader />;
  return (
    <Stack component="section" aria-labelledby="portal-notes-title" gap="sm">
      <Title order={2} size="h4" id="portal-notes-title">
        Notes shared with you
      </Title>
      {notes.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Your therapist has not shared any notes yet.
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {notes.data.map((note) => (
            <Paper
              key={note.id}
              component="li"
              withBorder
              radius="md"
              p="sm"
              aria-label={`Session of ${formatDay(note.date)}`}
            >
              <Stack gap="xs">
                <Text fw={600} size="sm">
                  {formatDay(note.date)}
                </Text>
                {note.parts.map((part) => (
                  <Stack key={part.part} gap={0}>
                    <Text size="xs" c="dimmed">
                      {part.label}
                    </Text>
                    <Text size="sm" className="pre-line">
                      {part.text}
                    </Text>
                  </Stack>
                ))}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
