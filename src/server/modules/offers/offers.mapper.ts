// Rows to the contract's shapes. Status and state are computed here from the dates, so what is
// shown and what redemption accepts follow the same calendar rules (offer-calendar.ts).
import {
  nonTransferableNotice,
  type Certificate,
  type CertificateStatus,
  type Offer,
  type OfferFigures,
  type OfferKind,
} from '../../../contracts/offers.ts';
import { formatCode } from '../../lib/certificate-code.ts';
import type { CertificateRow } from './certificates.repository.ts';
import type { OfferRow } from './offers.repository.ts';
import { lastRunningDay, latestBegunDay } from './offer-calendar.ts';

type WhatItIs = { kind: string; minutes: number | null; percent: number | null; giftDescription: string };

/** "Free 30-minute session", "25% off", or the gift's description. */
export function summaryOf(offer: WhatItIs) {
  const kind = offer.kind as OfferKind;
  switch (kind) {
    case 'free-session':
      return `Free ${offer.minutes ?? 30}-minute session`;
    case 'percent-off':
      return `${offer.percent ?? 0}% off`;
    case 'free-gift':
      return offer.giftDescription;
    default:
      return kind satisfies never;
  }
}

export const whatItIs = (offer: WhatItIs) => ({
  kind: offer.kind as OfferKind,
  minutes: offer.kind === 'free-session' ? offer.minutes : null,
  percent: offer.kind === 'percent-off' ? offer.percent : null,
  description: offer.kind === 'free-gift' ? offer.giftDescription : null,
  summary: summaryOf(offer),
});

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

function offerState(row: OfferRow, now: Date): Offer['state'] {
  if (row.archivedAt) return 'archived';
  if (row.validUntil < lastRunningDay(now)) return 'ended';
  if (row.issuedCount >= row.maxIssued) return 'full';
  if (row.validFrom > latestBegunDay(now)) return 'scheduled';
  return 'active';
}

export const toOffer = (row: OfferRow, figures: OfferFigures, now = new Date()): Offer => ({
  id: row.id,
  ...whatItIs(row),
  title: row.title,
  terms: row.terms,
  validFrom: row.validFrom,
  validUntil: row.validUntil,
  maxIssued: row.maxIssued,
  state: offerState(row, now),
  archived: row.archivedAt !== null,
  notice: nonTransferableNotice,
  figures,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
});

export function certificateStatus(
  row: { redeemedAt: Date | string | null; voidedAt: Date | string | null; validUntil: string },
  now = new Date(),
): CertificateStatus {
  if (row.redeemedAt) return 'redeemed';
  if (row.voidedAt) return 'void';
  if (row.validUntil < lastRunningDay(now)) return 'expired';
  return 'valid';
}

export const verifyUrlOf = (publicUrl: string, code: string) => `${publicUrl}/verify/${code}`;

export type Delivery = Certificate['delivery'];

export function toCertificate(
  row: CertificateRow,
  publicUrl: string,
  delivery: Delivery,
  now = new Date(),
): Certificate {
  const status = certificateStatus(row, now);
  return {
    id: row.id,
    code: row.code,
    displayCode: formatCode(row.code),
    status,
    notYetValid: status === 'valid' && row.validFrom > latestBegunDay(now),
    recipientName: row.recipientName,
    contactId: row.contactId,
    memberSlug: row.memberSlug,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    offer: { id: row.offerId, title: row.title, terms: row.terms, ...whatItIs(row) },
    notice: nonTransferableNotice,
    verifyUrl: verifyUrlOf(publicUrl, row.code),
    pdfUrl: `/api/certificates/${row.code}/pdf`,
    issuedAt: iso(row.issuedAt),
    redeemedAt: isoOrNull(row.redeemedAt),
    voidedAt: isoOrNull(row.voidedAt),
    voidReason: row.voidReason,
    delivery,
  };
}
