// The rules of professional offers: a kind with exactly its own detail (minutes, percent or gift),
// dates in order, a limit on how many may be issued; once a certificate is out, what it prints is
// fixed. Each offer is shown with its figures. `offersService` is the module's one entry point for
// other modules (letters attach certificates through issueCertificate and certificatePdf).
import { offerCreateSchema, type OfferCreate, type OfferFigures, type OfferUpdate } from '../../../contracts/offers.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import { certificatesService, type CertificatesDeps } from './certificates.service.ts';
import { offersPolicy } from './offers.policy.ts';
import { conflict } from './offer-conflicts.ts';
import { lastRunningDay } from './offer-calendar.ts';
import { offersRepository, type OfferRow, type OfferValues } from './offers.repository.ts';
import { toOffer } from './offers.mapper.ts';

const printedColumns = ['kind', 'minutes', 'percent', 'giftDescription', 'title', 'terms', 'validFrom'] as const;
const detailOf = { 'free-session': 'minutes', 'percent-off': 'percent', 'free-gift': 'description' } as const;

const columnsOf = (offer: OfferCreate): OfferValues => ({
  kind: offer.kind,
  minutes: offer.kind === 'free-session' ? offer.minutes : null,
  percent: offer.kind === 'percent-off' ? offer.percent : null,
  giftDescription: offer.kind === 'free-gift' ? offer.description : '',
  title: offer.title,
  terms: offer.terms,
  validFrom: offer.validFrom,
  validUntil: offer.validUntil,
  maxIssued: offer.maxIssued,
});

/** The offer as it would be after the patch, validated as a whole (400 naming the field). */
function merge(row: OfferRow, patch: OfferUpdate): OfferCreate {
  const kind = patch.kind ?? (row.kind as OfferCreate['kind']);
  for (const [other, field] of Object.entries(detailOf)) {
    if (other !== kind && patch[field] !== undefined) throw invalid(field, `applies only to ${other} offers`);
  }
  const sameKind = kind === row.kind;
  const detail =
    kind === 'free-session'
      ? { minutes: patch.minutes ?? (sameKind ? row.minutes : undefined) ?? undefined }
      : kind === 'percent-off'
        ? { percent: patch.percent ?? (sameKind ? row.percent : undefined) ?? undefined }
        : { description: patch.description ?? (sameKind ? row.giftDescription : undefined) };
  return offerCreateSchema.parse({
    kind,
    ...detail,
    title: patch.title ?? row.title,
    terms: patch.terms ?? row.terms,
    validFrom: patch.validFrom ?? row.validFrom,
    validUntil: patch.validUntil ?? row.validUntil,
    maxIssued: patch.maxIssued ?? row.maxIssued,
  });
}

export type OffersDeps = CertificatesDeps & { contacts: Pick<ContactsService, 'requireOwned' | 'stagesOf'> };

export function offersService(context: AppContext, deps: OffersDeps) {
  const { db } = context;
  const { contacts } = deps;
  const repo = offersRepository(db);
  const policy = offersPolicy(repo);
  const certificates = certificatesService(context, deps);

  async function figuresOf(actor: Actor, rows: OfferRow[]) {
    const ids = rows.map((row) => row.id);
    const [counts, recipients] = await Promise.all([repo.counts(ids, lastRunningDay()), repo.recipientContacts(ids)]);
    const contactIds = [...new Set(recipients.flatMap((row) => (row.contactId ? [row.contactId] : [])))];
    const stages = await contacts.stagesOf(actor.userId, contactIds);
    const figures = new Map<string, OfferFigures>(
      ids.map((id) => [id, { issued: 0, redeemed: 0, expired: 0, void: 0, ...counts.get(id), met: 0, allied: 0 }]),
    );
    const seen = new Set<string>();
    for (const { offerId, contactId } of recipients) {
      // A recipient who got two certificates from one offer is one person who went on to meet us.
      if (!contactId || seen.has(`${offerId}:${contactId}`)) continue;
      seen.add(`${offerId}:${contactId}`);
      const stage = stages.get(contactId);
      const figure = figures.get(offerId)!;
      if (stage === 'met' || stage === 'trading' || stage === 'allied') figure.met++;
      if (stage === 'allied') figure.allied++;
    }
    return figures;
  }
  const present = async (actor: Actor, row: OfferRow) => toOffer(row, (await figuresOf(actor, [row])).get(row.id)!);

  return {
    ...certificates,
    policy,

    async list(actor: Actor) {
      const rows = await repo.listOwned(actor.userId);
      const figures = await figuresOf(actor, rows);
      return rows.map((row) => toOffer(row, figures.get(row.id)!));
    },

    create: async (actor: Actor, input: OfferCreate) =>
      present(actor, await repo.insert({ ownerUserId: actor.userId, ...columnsOf(input) })),

    get: async (actor: Actor, id: string) => present(actor, await policy.requireAccess(actor, 'offers.read', id)),

    async update(actor: Actor, id: string, patch: OfferUpdate) {
      const row = await policy.requireAccess(actor, 'offers.write', id);
      const merged = merge(row, patch);
      const values = columnsOf(merged);
      const changesPrint = printedColumns.some((column) => values[column] !== row[column]);
      if (changesPrint && row.issuedCount > 0) {
        throw conflict(
          'Certificates have been issued from this offer, so what they print cannot change; only validUntil, maxIssued and archiving can',
          'printed_fields_locked',
        );
      }
      if (merged.maxIssued < row.issuedCount)
        throw invalid('maxIssued', `must be at least ${row.issuedCount}, the number already issued`);
      if (patch.archived !== undefined) values.archivedAt = patch.archived ? (row.archivedAt ?? new Date()) : null;
      const updated = await repo.updateOwned(actor.userId, id, values, { noneIssued: changesPrint });
      if (updated) return present(actor, updated);
      // A certificate was issued between our read and the write: explain with the fresh row.
      const fresh = await policy.requireAccess(actor, 'offers.write', id);
      if (merged.maxIssued < fresh.issuedCount)
        throw invalid('maxIssued', `must be at least ${fresh.issuedCount}, the number already issued`);
      throw conflict(
        'Certificates have been issued from this offer, so what they print cannot change',
        'printed_fields_locked',
      );
    },

    /** Deletes an offer nothing was issued from; one with certificates can only be archived. */
    async remove(actor: Actor, id: string) {
      await policy.requireAccess(actor, 'offers.write', id);
      if (!(await repo.deleteIfNoneIssued(actor.userId, id))) {
        throw conflict(
          'Certificates have been issued from this offer; archive it instead (PATCH archived: true)',
          'offer_has_certificates',
        );
      }
    },
  };
}
export type OffersService = ReturnType<typeof offersService>;
