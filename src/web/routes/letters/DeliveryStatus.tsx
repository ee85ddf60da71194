// Where a letter that left the editor stands: on its way, sent, kept in the dev outbox, failed
// (with the mail server's answer), or delivered by hand or post.
import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { Letter, LetterDeliveryChannel } from '../../../contracts/letters.ts';
import { groupCode } from '../offers/code-format.ts';
import { formatMoment } from '../../components/dates.ts';

type Props = { letter: Letter };

const handed: Record<LetterDeliveryChannel, string> = {
  letter: 'Posted',
  'face-to-face': 'Handed over in person',
  email: 'Emailed',
};

function Certificate({ code }: { code: string | null }) {
  if (!code) return null;
  return (
    <Text size="sm" mt={4}>
      With certificate{' '}
      <Anchor component={Link} to={`/redeem?code=${encodeURIComponent(code)}`} ff="monospace">
        {groupCode(code)}
      </Anchor>
    </Text>
  );
}

export function DeliveryStatus({ letter }: Props) {
  const when = letter.sentAt ? ` on ${formatMoment(letter.sentAt)}` : '';
  switch (letter.status) {
    case 'draft':
      return null;
    case 'queued':
      return (
        <Alert color="blue" variant="light" title="Sending…" role="status">
          <Text size="sm">To {letter.sentTo}. If the mail server is busy we try again automatically.</Text>
          {letter.lastError && (
            <Text size="sm" c="dimmed">
              Last attempt: {letter.lastError}
            </Text>
          )}
        </Alert>
      );
    case 'sent':
      return (
        <Alert color="sage" variant="light" title="Sent" role="status">
          <Text size="sm">
            Emailed to {letter.sentTo}
            {when}, with the letter as a PDF.
          </Text>
          <Certificate code={letter.certificateCode} />
        </Alert>
      );
    case 'logged':
      return (
        <Alert color="grape" variant="light" title="Kept in the dev outbox" role="status">
          <Text size="sm">
            No mail server is configured, so the email to {letter.sentTo} was kept in the{' '}
            <Anchor href="/dev/outbox" target="_blank">
              dev outbox
            </Anchor>
            {when} instead of being sent.
          </Text>
          <Certificate code={letter.certificateCode} />
        </Alert>
      );
    case 'failed':
      return (
        <Alert color="red" variant="light" title="The email could not be sent" role="alert">
          <Text size="sm">
            To {letter.sentTo}: {letter.lastError ?? 'the mail server refused it'}.
          </Text>
          <Text size="sm" mt={4}>
            We tried several times. Check the address on the contact, then write the letter again — or print it and
            deliver it yourself.
          </Text>
        </Alert>
      );
    case 'delivered':
      return (
        <Alert color="teal" variant="light" title="Delivered" role="status">
          <Text size="sm">
            {handed[letter.deliveredVia ?? 'letter']}
            {when}. The contact is marked as introduced.
          </Text>
          <Certificate code={letter.certificateCode} />
        </Alert>
      );
  }
}
