// /offers: my professional offers with their figures, and the form to create one. Opened with
// ?contactId=… (from a contact or a letter) it offers to issue a certificate to that person.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { useNavigate, useSearchParams } from '../../app/routing.tsx';
import type { Offer } from '../../../contracts/offers.ts';
import { useOffers, useRecipientContact } from '../../api/offers.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { IssueToContactButton } from './IssueToContactButton.tsx';
import { OfferCard } from './OfferCard.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

// The form (and the contract's checks behind it) loads when it is shown.
const OfferForm = lazy(async () => ({ default: (await import('./OfferForm.tsx')).OfferForm }));

function Offers() {
  const offers = useOffers();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const contactId = search.get('contactId');
  const recipient = useRecipientContact(contactId).data;
  const [creating, setCreating] = useState(false);

  if (offers.isError) return <LoadError error={offers.error} retry={() => void offers.refetch()} />;
  if (!offers.data) return <PageLoader />;
  const items = offers.data.items;
  const showForm = creating || items.length === 0;

  const onCreated = (offer: Offer) => {
    setCreating(false);
    notifications.show({ color: 'sage', message: `Your offer “${offer.title}” is ready.` });
    if (!recipient) void navigate(`/offers/${offer.id}`);
  };

  return (
    <Stack gap="lg">
      {recipient && (
        <Alert color="sage" variant="light" title={`Issue a certificate to ${recipient.name}`}>
          Choose one of your active offers below{items.length === 0 ? ' — first create one' : ''}. The certificate is
          made out to {recipient.name} and cannot be used by anyone else.
        </Alert>
      )}
      {showForm ? (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {items.length === 0 ? 'Create your first offer' : 'New offer'}
          </Title>
          {items.length === 0 && (
            <Text c="dimmed">
              A limited-time offer lets a colleague feel your work first-hand — a free session, a discount or a small
              gift.
            </Text>
          )}
          <Suspense fallback={<PageLoader />}>
            <OfferForm onCreated={onCreated} onCancel={items.length > 0 ? () => setCreating(false) : undefined} />
          </Suspense>
        </Stack>
      ) : (
        <Group>
          <Button onClick={() => setCreating(true)}>Create offer</Button>
        </Group>
      )}
      {items.length > 0 && (
        <Stack component="section" aria-label="My offers" gap="sm">
          {items.map((offer) => (
            <OfferCard
              key={offer.id}
              offer={offer}
              action={
                recipient && offer.state === 'active' ? (
                  <IssueToContactButton offer={offer} contact={recipient} />
                ) : undefined
              }
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function OffersPage() {
  return (
    <PageFrame
      title="Offers"
      intro="Limited-time, non-transferable certificates that let a colleague experience your work."
      size="lg"
    >
      <Offers />
    </PageFrame>
  );
}
