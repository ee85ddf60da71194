// Colours and words for an offer's state and a certificate's status.
import { Badge } from '@mantine/core';
import type { CertificateStatus, Offer } from '../../../contracts/offers.ts';

const offerLooks: Record<Offer['state'], { label: string; color: string }> = {
  active: { label: 'Active', color: 'sage' },
  scheduled: { label: 'Starts later', color: 'blue' },
  ended: { label: 'Ended', color: 'gray' },
  full: { label: 'All issued', color: 'orange' },
  archived: { label: 'Archived', color: 'gray' },
};

const certificateLooks: Record<CertificateStatus, { label: string; color: string }> = {
  valid: { label: 'Valid', color: 'sage' },
  redeemed: { label: 'Redeemed', color: 'blue' },
  expired: { label: 'Expired', color: 'gray' },
  void: { label: 'Void', color: 'red' },
};

export function OfferStateBadge({ state }: { state: Offer['state'] }) {
  return (
    <Badge color={offerLooks[state].color} variant="light" tt="none" style={{ flexShrink: 0 }}>
      {offerLooks[state].label}
    </Badge>
  );
}

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  return (
    <Badge color={certificateLooks[status].color} variant="light" tt="none" style={{ flexShrink: 0 }}>
      {certificateLooks[status].label}
    </Badge>
  );
}
