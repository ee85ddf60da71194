// How the letter reaches its recipient: by email (optionally with a certificate from one of my
// offers), or printed and posted / handed over. A sent letter shows where its delivery stands.
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { Link } from '../../app/routing.tsx';
import type { Contact } from '../../../contracts/contacts.ts';
import type { Letter, LetterDelivered } from '../../../contracts/letters.ts';
import { messageOf } from '../../api/http.ts';
import { useMarkDelivered, useSendLetter } from '../../api/letters.ts';
import { useOffers } from '../../api/offers.ts';
import { DeliveryStatus } from './DeliveryStatus.tsx';
import { useLazyDialog } from '../../components/use-lazy-dialog.ts';

// The last look before sending loads when asked for.
const SendConfirmModal = lazy(async () => ({ default: (await import('./SendConfirmModal.tsx')).SendConfirmModal }));

type Props = {
  letter: Letter | null;
  contact: Contact | undefined;
  save: () => Promise<Letter | null>;
  onDone: (letter: Letter) => void;
  initialOfferId?: string | null;
};

export function DeliveryPanel({ letter, contact, save, onDone, initialOfferId = null }: Props) {
  const offers = useOffers();
  const send = useSendLetter();
  const delivered = useMarkDelivered();
  const [offerId, setOfferId] = useState(initialOfferId ?? '');
  const confirming = useLazyDialog();
  const active = (offers.data?.items ?? []).filter((offer) => offer.state === 'active');
  const offer = active.find((item) => item.id === offerId) ?? null;
  const email = contact?.email ?? '';

  const confirmSend = async () => {
    const saved = await save();
    if (!saved) return confirming.close();
    try {
      const sent = await send.mutateAsync({ id: saved.id, input: offer ? { offerId: offer.id } : {} });
      confirming.close();
      notifications.show({
        color: sent.status === 'failed' ? 'red' : 'sage',
        message:
          sent.status === 'failed'
            ? 'The email could not be sent.'
            : `Your letter is on its way to ${sent.sentTo ?? email}.`,
      });
      onDone(sent);
    } catch (error) {
      confirming.close();
      notifications.show({ color: 'red', title: 'The letter was not sent', message: messageOf(error) });
    }
  };

  const markDelivered = async (channel: LetterDelivered['channel']) => {
    const saved = await save();
    if (!saved) return;
    delivered.mutate(
      { id: saved.id, input: { channel } },
      {
        onSuccess: (done) => onDone(done),
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Could not record the delivery', message: messageOf(error) }),
      },
    );
  };

  if (letter && letter.status !== 'draft') {
    return (
      <Paper withBorder radius="lg" p="lg" component="section" aria-label="Delivery">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Delivery
          </Title>
          <DeliveryStatus letter={letter} />
        </Stack>
      </Paper>
    );
  }

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label="Send or deliver">
      <Stack gap="md">
        <Title order={2} size="h4">
          Send or deliver
        </Title>
        {email ? (
          <>
            <Text size="sm">
              By email to <strong>{email}</strong>, with the letter attached as a PDF.
            </Text>
            <NativeSelect
              label="Include a certificate"
              description={
                active.length === 0 && !offers.isPending
                  ? 'You have no active offer yet.'
                  : 'A certificate from this offer is issued to the recipient and attached.'
              }
              data={[
                { value: '', label: 'No certificate' },
                ...active.map((item) => ({ value: item.id, label: `${item.title} — ${item.summary}` })),
              ]}
              value={offerId}
              onChange={(event) => setOfferId(event.currentTarget.value)}
            />
            {active.length === 0 && !offers.isPending && (
              <Anchor component={Link} to={contact ? `/offers?contactId=${contact.id}` : '/offers'} size="sm">
                Create an offer
              </Anchor>
            )}
            <Group>
              <Button onClick={() => confirming.open()} disabled={!contact}>
                Send by email…
              </Button>
            </Group>
          </>
        ) : (
          <Alert color="yellow" variant="light" title="No email address">
            {contact ? `${contact.name} has no email address on your list.` : 'Choose a recipient first.'} Print the
            letter or download the PDF, then mark it as posted or handed over below.
            {contact && (
              <Anchor component={Link} to={`/contacts/${contact.id}`} size="sm" display="block" mt={4}>
                Add an email address
              </Anchor>
            )}
          </Alert>
        )}
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Delivered it yourself?
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              size="sm"
              disabled={!contact}
              loading={delivered.isPending && delivered.variables.input.channel === 'letter'}
              onClick={() => void markDelivered('letter')}
            >
              Mark as posted
            </Button>
            <Button
              variant="default"
              size="sm"
              disabled={!contact}
              loading={delivered.isPending && delivered.variables.input.channel === 'face-to-face'}
              onClick={() => void markDelivered('face-to-face')}
            >
              Mark as handed over
            </Button>
          </Group>
        </Stack>
      </Stack>
      {confirming.loaded && (
        <Suspense fallback={null}>
          <SendConfirmModal
            opened={confirming.opened}
            onClose={confirming.close}
            onClosed={confirming.onClosed}
            onConfirm={() => void confirmSend()}
            sending={send.isPending}
            recipient={contact?.name ?? ''}
            email={email}
            offer={offer}
          />
        </Suspense>
      )}
    </Paper>
  );
}
