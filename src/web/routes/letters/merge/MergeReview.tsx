// Step 3 of a mail merge: the count, who has no email address (their letters are made for
// printing instead), an optional certificate for everyone, and the one button that starts it.
import { Alert, Button, Checkbox, List, NativeSelect, Stack, Text } from '@mantine/core';
import type { Contact } from '../../../../contracts/contacts.ts';
import { lazy, Suspense } from 'react';
import { useOffers } from '../../../api/offers.ts';
import { useLazyDialog } from '../../../components/use-lazy-dialog.ts';

// The last look before sending loads when asked for.
const MergeConfirmModal = lazy(async () => ({ default: (await import('./MergeConfirmModal.tsx')).MergeConfirmModal }));

type Props = {
  chosen: Contact[];
  offerId: string;
  onOffer: (offerId: string) => void;
  includePrintable: boolean;
  onIncludePrintable: (on: boolean) => void;
  onStart: () => void;
};

export function MergeReview({ chosen, offerId, onOffer, includePrintable, onIncludePrintable, onStart }: Props) {
  const offers = useOffers();
  const active = (offers.data?.items ?? []).filter((offer) => offer.state === 'active');
  const withEmail = chosen.filter((contact) => contact.email);
  const withoutEmail = chosen.filter((contact) => !contact.email);
  const letters = withEmail.length + (includePrintable ? withoutEmail.length : 0);
  const confirm = useLazyDialog();
  const offer = active.find((item) => item.id === offerId) ?? null;
  return (
    <Stack gap="md">
      <NativeSelect
        label="Include a certificate"
        description="Each emailed recipient gets their own certificate from this offer, attached to the email."
        data={[
          { value: '', label: 'No certificate' },
          ...active.map((offer) => ({ value: offer.id, label: `${offer.title} — ${offer.summary}` })),
        ]}
        value={offerId}
        onChange={(event) => onOffer(event.currentTarget.value)}
      />
      {withoutEmail.length > 0 && (
        <Alert color="yellow" variant="light" title={`${withoutEmail.length} without an email address — print instead`}>
          <List size="sm" spacing={2} mb="xs">
            {withoutEmail.slice(0, 8).map((contact) => (
              <List.Item key={contact.id}>{contact.name}</List.Item>
            ))}
            {withoutEmail.length > 8 && <List.Item>and {withoutEmail.length - 8} more</List.Item>}
          </List>
          <Checkbox
            checked={includePrintable}
            onChange={(event) => onIncludePrintable(event.currentTarget.checked)}
            label="Write their letters too, ready to print and post or hand over"
          />
        </Alert>
      )}
      <Text size="sm">
        <strong>{withEmail.length}</strong> {withEmail.length === 1 ? 'letter' : 'letters'} by email
        {includePrintable && withoutEmail.length > 0 && (
          <>
            {' '}
            and <strong>{withoutEmail.length}</strong> to print
          </>
        )}
        . Each emailed contact moves to “Introduced” and the letter is logged on their record.
      </Text>
      <div>
        <Button size="md" onClick={confirm.open} disabled={letters === 0}>
          {withEmail.length > 0
            ? `Send ${withEmail.length} ${withEmail.length === 1 ? 'letter' : 'letters'}…`
            : `Write ${letters} ${letters === 1 ? 'letter' : 'letters'}…`}
        </Button>
      </div>
      {confirm.loaded && (
        <Suspense fallback={null}>
          <MergeConfirmModal
            opened={confirm.opened}
            onClose={confirm.close}
            onClosed={confirm.onClosed}
            onConfirm={() => {
              confirm.close();
              onStart();
            }}
            emailed={withEmail}
            printable={includePrintable ? withoutEmail : []}
            offer={offer}
          />
        </Suspense>
      )}
    </Stack>
  );
}
