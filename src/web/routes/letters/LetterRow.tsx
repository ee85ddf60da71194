// One letter in my list: who it is for, where it stands, when, and the printed forms.
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { Letter } from '../../../contracts/letters.ts';
import { letterPdfUrl, letterPrintUrl } from '../../api/letters.ts';
import { formatMoment } from '../../components/dates.ts';
import { LetterStatusBadge } from './LetterStatusBadge.tsx';

function detailOf(letter: Letter): string {
  switch (letter.status) {
    case 'draft':
      return `Last edited ${formatMoment(letter.updatedAt)}`;
    case 'failed':
      return `Not sent: ${letter.lastError ?? 'the mail server refused it'}`;
    case 'queued':
      return `Sending to ${letter.sentTo ?? 'their email'}…`;
    case 'sent':
    case 'logged':
      return `To ${letter.sentTo ?? 'their email'}${letter.sentAt ? ` · ${formatMoment(letter.sentAt)}` : ''}`;
    case 'delivered':
      return `${letter.deliveredVia === 'face-to-face' ? 'Handed over in person' : 'Posted'}${letter.sentAt ? ` · ${formatMoment(letter.sentAt)}` : ''}`;
  }
}

export function LetterRow({ letter }: { letter: Letter }) {
  return (
    <Paper withBorder radius="md" p="md" component="li" aria-label={`Letter to ${letter.recipientName}`}>
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 280px', minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Anchor component={Link} to={`/letters/${letter.id}`} fw={600} truncate>
              {letter.recipientName}
            </Anchor>
            <LetterStatusBadge status={letter.status} />
          </Group>
          <Text size="sm" truncate>
            {letter.subject}
          </Text>
          <Text size="xs" c={letter.status === 'failed' ? 'red.8' : 'dimmed'}>
            {detailOf(letter)}
          </Text>
        </Stack>
        <Group gap={6}>
          <Button component={Link} to={`/letters/${letter.id}`} size="compact-sm" variant="light">
            {letter.status === 'draft' ? 'Edit' : 'Open'}
          </Button>
          <Button
            component="a"
            href={letterPdfUrl(letter.id)}
            target="_blank"
            rel="noopener"
            size="compact-sm"
            variant="default"
          >
            PDF
          </Button>
          <Button
            component="a"
            href={letterPrintUrl(letter.id)}
            target="_blank"
            rel="noopener"
            size="compact-sm"
            variant="default"
          >
            Print
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
