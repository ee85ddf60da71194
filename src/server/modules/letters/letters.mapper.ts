// A stored letter as the member sees it. Where an emailed letter stands is read from its outbox
// row every time, so "sent" always means SMTP accepted it.
import type { Letter, LetterDeliveryChannel, LetterStatus } from '../../../contracts/letters.ts';
import type { Mailer } from '../mail/mail.service.ts';
import { letterPrintOf, type Sender } from './letter-composer.ts';
import { measurePages } from './letter-pdf.ts';
import type { LetterRow } from './letters.repository.ts';

/** What `sentTo` holds for a letter that went by hand (an emailed one holds the address). */
export const handDelivery = { letter: 'by post', 'face-to-face': 'in person' } as const;

export type OutboxStatuses = Awaited<ReturnType<Mailer['statuses']>>;
type Delivery = Pick<Letter, 'status' | 'deliveredVia' | 'sentAt' | 'lastError'>;

const iso = (value: Date | string) => new Date(value).toISOString();

export function deliveryOf(row: LetterRow, outbox: OutboxStatuses): Delivery {
  if (row.mailId) {
    const mail = outbox.get(row.mailId);
    const status = (mail?.status ?? 'queued') as LetterStatus;
    const sentAt = mail?.sentAt ?? (status === 'logged' ? row.updatedAt : null);
    return { status, deliveredVia: 'email', sentAt: sentAt ? iso(sentAt) : null, lastError: mail?.lastError ?? null };
  }
  const byHand = (Object.keys(handDelivery) as LetterDeliveryChannel[]).find(
    (channel) => handDelivery[channel as keyof typeof handDelivery] === row.sentTo,
  );
  if (byHand) return { status: 'delivered', deliveredVia: byHand, sentAt: iso(row.updatedAt), lastError: null };
  // Claimed for email a moment ago, the outbox row not yet written.
  if (row.sentTo) return { status: 'queued', deliveredVia: 'email', sentAt: null, lastError: null };
  return { status: 'draft', deliveredVia: null, sentAt: null, lastError: null };
}

export const isDraftRow = (row: LetterRow) => row.mailId === null && row.sentTo === null;

export const printOfRow = (sender: Sender, row: LetterRow, date = new Date()) =>
  letterPrintOf(sender, { ...row, address: row.contact, date });

export function toLetter(row: LetterRow, sender: Sender, outbox: OutboxStatuses): Letter {
  const delivery = deliveryOf(row, outbox);
  const pages = measurePages(printOfRow(sender, row));
  return {
    id: row.id,
    contactId: row.contactId,
    contactName: row.contact?.name ?? null,
    recipientName: row.recipientName,
    salutation: row.salutation,
    subject: row.subject,
    body: row.body,
    ...delivery,
    sentTo: delivery.deliveredVia === 'email' ? row.sentTo : null,
    certificateCode: row.certificateCode,
    pages,
    tooLong: pages > 1,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
