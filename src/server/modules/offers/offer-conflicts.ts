// 409s for offers and certificates carry a machine-readable reason in details, so a client can
// tell "already redeemed" from "expired" without parsing the message.
import { AppError } from '../../http/errors.ts';
import { longDate } from './offer-calendar.ts';
import type { OfferRow } from './offers.repository.ts';

export type ConflictReason =
  | 'already_redeemed'
  | 'certificate_expired'
  | 'certificate_void'
  | 'certificate_redeemed'
  | 'certificate_valid'
  | 'not_yet_valid'
  | 'not_redeemable'
  | 'no_recipient_email'
  | 'offer_archived'
  | 'offer_ended'
  | 'offer_full'
  | 'offer_has_certificates'
  | 'printed_fields_locked';

export const conflict = (message: string, reason: ConflictReason, extra: Record<string, unknown> = {}) =>
  new AppError('conflict', message, { reason, ...extra });

/** Why no certificate could be issued from this offer (read after the atomic count refused). */
export function explainClosedOffer(offer: OfferRow, lastRunningDay: string) {
  if (offer.archivedAt)
    return conflict('This offer is archived; restore it to issue more certificates', 'offer_archived');
  if (offer.validUntil < lastRunningDay)
    return conflict(`This offer ended on ${longDate(offer.validUntil)}`, 'offer_ended');
  if (offer.issuedCount >= offer.maxIssued)
    return conflict(`All ${offer.maxIssued} certificates of this offer have been issued`, 'offer_full', {
      maxIssued: offer.maxIssued,
    });
  return conflict('No certificate can be issued from this offer now', 'offer_ended');
}
