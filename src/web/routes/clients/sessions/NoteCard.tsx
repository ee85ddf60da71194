// One session note: its SOAP text and details, signed (who, when) or a draft to sign, its
// amendments (never overwriting), and the parts shared with the client.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { messageOf } from '../../../api/http.ts';
import { useSignSession, type NotePart, type SessionNote } from '../../../api/sessions.ts';
import { formatDay, formatMoment } from '../../../components/dates.ts';

// The amend and share forms load when opened.
const AmendForm = lazy(async () => ({ default: (await import('./NoteForms.tsx')).AmendForm }));
const ShareForm = lazy(async () => ({ default: (await import('./NoteForms.tsx')).ShareForm }));

export const partLabels: Record<NotePart, string> = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
  homeCare: 'Home care',
  techniques: 'Techniques',
  areas: 'Areas',
};
export const fail = (title: string) => (error: unknown) =>
  notifications.show({ color: 'red', title, message: messageOf(error) });

function Field({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" className="pre-line">
        {value}
      </Text>
    </Stack>
  );
}

export function NoteCard({ note }: { note: SessionNote }) {
  const sign = useSignSession(note.clientId);
  const [amending, setAmending] = useState(false);
  const [sharing, setSharing] = useState(false);
  const pain =
    note.painBefore !== null || note.painAfter !== null
      ? `${note.painBefore ?? '—'} → ${note.painAfter ?? '—'} (0–10)`
      : '';
  return (
    <Paper withBorder radius="md" p="sm" component="li" aria-label={`Session of ${formatDay(note.date)}`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm">
            {formatDay(note.date)}
          </Text>
          {note.status === 'signed' ? (
            <Badge color="sage" variant="light">
              Signed
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              Draft
            </Badge>
          )}
        </Group>
        {(Object.keys(partLabels) as NotePart[]).map((part) => (
          <Field
            key={part}
            label={partLabels[part]}
            value={Array.isArray(note[part]) ? (note[part] as string[]).join(', ') : note[part]}
          />
        ))}
        <Field label="Pressure" value={note.pressure ?? ''} />
        <Field label="Pain before → after" value={pain} />
        <Field
          label="Contraindications"
          value={
            note.contraindicationsChecked
              ? `Checked${note.contraindications ? `: ${note.contraindications}` : ''}`
              : 'Not checked'
          }
        />
        {note.signedAt && (
          <Text size="xs" c="dimmed">
            Signed by {note.signedBy} on {formatMoment(note.signedAt)}
          </Text>
        )}
        {note.amendments.length > 0 && (
          <Stack gap={4} component="section" aria-label="Amendments">
            {note.amendments.map((each) => (
              <Paper key={each.id} bg="var(--mantine-color-gray-0)" p="xs" radius="sm">
                <Text size="xs" c="dimmed">
                  Amendment by {each.authorName}, {formatMoment(each.createdAt)}
                </Text>
                <Text size="sm" className="pre-line">
                  {each.text}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
        {note.sharedParts.length > 0 && (
          <Text size="xs" c="dimmed">
            Shared with the client: {note.sharedParts.map((part) => partLabels[part]).join(', ')}
          </Text>
        )}
        {(amending || sharing) && (
          <Suspense fallback={null}>
            {amending && <AmendForm note={note} onDone={() => setAmending(false)} />}
            {sharing && <ShareForm note={note} onDone={() => setSharing(false)} />}
          </Suspense>
        )}
        <Group gap="xs">
          {note.status === 'draft' ? (
            <Button
              size="xs"
              loading={sign.isPending}
              onClick={() => sign.mutate(note.id, { onError: fail('The note was not signed') })}
            >
              Sign
            </Button>
          ) : (
            <>
              {!amending && (
                <Button size="xs" variant="light" onClick={() => setAmending(true)}>
                  Amend
                </Button>
              )}
              {!sharing && (
                <Button size="xs" variant="subtle" onClick={() => setSharing(true)}>
                  Share
                </Button>
              )}
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
