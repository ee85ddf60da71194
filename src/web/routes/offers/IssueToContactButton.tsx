// "Issue to <name>": one click makes a certificate from this offer out to the contact, then shows it.
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '../../app/routing.tsx';
import type { Contact } from '../../../contracts/contacts.ts';
import type { Offer } from '../../../contracts/offers.ts';
import { messageOf } from '../../api/http.ts';
import { useIssueCertificate } from '../../api/offers.ts';

export function IssueToContactButton({ offer, contact }: { offer: Offer; contact: Contact }) {
  const issue = useIssueCertificate();
  const navigate = useNavigate();
  const onClick = () =>
    issue.mutate(
      { offerId: offer.id, input: { contactId: contact.id } },
      {
        onSuccess: (certificate) => {
          notifications.show({
            color: 'sage',
            title: `Certificate issued to ${certificate.recipientName}`,
            message: certificate.displayCode,
          });
          void navigate(`/offers/${offer.id}?issued=${certificate.code}`);
        },
        onError: (error) =>
          notifications.show({ color: 'red', title: 'No certificate was issued', message: messageOf(error) }),
      },
    );
  return (
    <Button size="sm" onClick={onClick} loading={issue.isPending}>
      Issue to {contact.name}
    </Button>
  );
}
