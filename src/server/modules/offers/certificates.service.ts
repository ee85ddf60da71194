// The rules of certificates: issued to a named recipient against the offer's limit, printed and
// mailed by their issuer, redeemed exactly once by the issuer after checking identity, voidable
// until redeemed, and verifiable by anyone who holds the code. Access is checked first: a
// certificate another member issued is "not found".
import type { CertificateIssue, CertificateVerification } from '../../../contracts/offers.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { formatCode, newCertificateCode } from '../../lib/certificate-code.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { certificatesPolicy, offersPolicy, requireCode } from './offers.policy.ts';
import { certificatesRepository, type CertificateRow } from './certificates.repository.ts';
import { conflict, explainClosedOffer } from './offer-conflicts.ts';
import { lastRunningDay, latestBegunDay, longDate } from './offer-calendar.ts';
import { offersRepository } from './offers.repository.ts';
import { certificateStatus, toCertificate, verifyUrlOf, type Delivery } from './offers.mapper.ts';
import { certificateMail } from './certificate-mail.ts';
import { certificatePrinter } from './certificate-printer.ts';

type Who = Actor;
export type CertificatesDeps = {
  profiles: Pick<ProfilesService, 'requireVisibleMember' | 'letterhead'>;
  contacts: Pick<ContactsService, 'requireOwned'>;
};
export { requireCode };

const isUniqueViolation = (error: unknown) =>
  (error as { cause?: { code?: string } }).cause?.code === '23505' || (error as { code?: string }).code === '23505';

export function certificatesService(context: AppContext, { profiles, contacts }: CertificatesDeps) {
  const { db, config, mailer } = context;
  const repo = certificatesRepository(db);
  const offers = offersRepository(db);
  const policy = certificatesPolicy(repo);
  const offerPolicy = offersPolicy(offers);
  const printer = certificatePrinter(context, { profiles });

  async function present(rows: CertificateRow[]) {
    const statuses = await mailer.statuses(rows.flatMap((row) => (row.mailId ? [row.mailId] : [])));
    return rows.map((row) => {
      const mail = row.mailId ? statuses.get(row.mailId) : undefined;
      const delivery: Delivery = mail
        ? {
            status: mail.status as Delivery['status'],
            sentTo: row.sentTo,
            error: mail.status === 'failed' ? mail.lastError : null,
          }
        : { status: 'not-sent', sentTo: null, error: null };
      return toCertificate(row, config.publicUrl, delivery);
    });
  }
  const presentOne = async (row: CertificateRow) => (await present([row]))[0]!;

  async function recipientOf(actor: Who, to: CertificateIssue) {
    if ((to.contactId === undefined) === (to.memberSlug === undefined))
      throw invalid('contactId', 'give exactly one of contactId or memberSlug');
    if (to.contactId !== undefined) {
      const contact = await contacts.requireOwned(actor, to.contactId).catch((error: unknown) => {
        throw error instanceof AppError && error.code === 'not_found'
          ? new AppError('not_found', 'contactId: no such contact', [
              { field: 'contactId', message: 'no such contact' },
            ])
          : error;
      });
      return { recipientName: contact.name, contactId: contact.id, recipientUserId: null };
    }
    const member = await profiles.requireVisibleMember(to.memberSlug!, actor, {
      field: 'memberSlug',
      self: 'cannot be yourself: a certificate is for someone else',
      whenMissing: () =>
        new AppError('not_found', 'memberSlug: no such member', [{ field: 'memberSlug', message: 'no such member' }]),
    });
    return { recipientName: member.displayName, contactId: null, recipientUserId: member.userId };
  }

  return {
    requireCode,
    certificatesPolicy: policy,

    /** Issues one certificate from the actor's offer to a contact of theirs or a visible member. */
    async issueCertificate(actor: Who, offerId: string, to: CertificateIssue) {
      const offer = await offerPolicy.requireAccess(actor, 'offers.issue', offerId);
      const recipient = await recipientOf(actor, to);
      for (let attempt = 0; ; attempt++) {
        try {
          const issued = await repo.issue(
            { offerId, issuerUserId: actor.userId, code: newCertificateCode(), ...recipient },
            lastRunningDay(),
          );
          if (!issued)
            throw explainClosedOffer((await offers.findOwned(actor.userId, offerId)) ?? offer, lastRunningDay());
          return presentOne((await repo.findById(actor.userId, issued.id))!);
        } catch (error) {
          // 80 random bits practically never collide; if they do, the transaction rolled back whole.
          if (attempt < 3 && isUniqueViolation(error)) continue;
          throw error;
        }
      }
    },

    async listCertificates(actor: Who, offerId: string) {
      await offerPolicy.requireAccess(actor, 'offers.read', offerId);
      return present(await repo.listForOffer(actor.userId, offerId));
    },

    getCertificate: async (actor: Who, code: string) =>
      presentOne(await policy.requireAccess(actor, 'certificates.read', code)),

    /** A certificate already issued to this contact that can still be used, for a letter to offer; or null. */
    async usableCertificateFor(actor: Actor, contactId: string) {
      const row = await repo.latestOpenForContact(actor.userId, contactId);
      return row && certificateStatus(row) === 'valid' ? presentOne(row) : null;
    },

    /** The certificate as a PDF, for download or to ride along with a letter. */
    async certificatePdf(actor: Who, code: string) {
      return printer.print(actor, await policy.requireAccess(actor, 'certificates.read', code));
    },

    /** Emails the PDF to the recipient (the contact's email or the member's account email). */
    async send(actor: Who, code: string) {
      const row = await policy.requireAccess(actor, 'certificates.send', code);
      const status = certificateStatus(row);
      if (status !== 'valid') throw conflict(`A ${status} certificate cannot be sent`, `certificate_${status}`);
      const to = row.contactId
        ? (await contacts.requireOwned(actor, row.contactId)).email
        : row.recipientUserId
          ? await repo.accountEmail(row.recipientUserId)
          : null;
      if (!to) throw conflict('The recipient has no email address; add one to the contact first', 'no_recipient_email');
      const { filename, pdf } = await printer.print(actor, row);
      const issuer = await profiles.letterhead(actor);
      const mail = certificateMail({
        ...row,
        displayCode: formatCode(row.code),
        issuerName: issuer.letterhead.name,
        verifyUrl: verifyUrlOf(config.publicUrl, row.code),
      });
      // Replies reach the issuer (at their public email when they gave one), not Kneadwork's sending address.
      const mailId = await mailer.send({
        to,
        ...mail,
        attachments: [{ filename, content: pdf, contentType: 'application/pdf' }],
        replyTo: issuer.profile.publicEmail || actor.email,
        ref: `certificate:${row.id}`,
      });
      await repo.recordMail(actor.userId, row.id, mailId, to);
      return presentOne((await repo.findById(actor.userId, row.id))!);
    },

    /** For a letter that carried the certificate: its delivery is the letter's mail. */
    async recordDelivery(actor: Actor, certificateId: string, mailId: string, sentTo: string) {
      await repo.recordMail(actor.userId, certificateId, mailId, sentTo);
    },

    /** Exactly once, by the issuer, inside the dates, not void; the reason when refused. */
    async redeem(actor: Who, codeInput: string) {
      const { code } = await policy.requireAccess(actor, 'certificates.redeem', codeInput);
      if (await repo.redeem(actor.userId, code, { lastRunning: lastRunningDay(), latestBegun: latestBegunDay() })) {
        return presentOne((await repo.findByCode(actor.userId, code))!);
      }
      // Refused: explain from the row as it is now (another device may just have redeemed it).
      const row = (await repo.findByCode(actor.userId, code))!;
      if (row.redeemedAt)
        throw conflict(
          `Already redeemed on ${longDate(new Date(row.redeemedAt).toISOString().slice(0, 10))}`,
          'already_redeemed',
          { redeemedAt: new Date(row.redeemedAt).toISOString() },
        );
      if (row.voidedAt) throw conflict('This certificate is void and cannot be redeemed', 'certificate_void');
      if (certificateStatus(row) === 'expired')
        throw conflict(
          `certificate_expired: this certificate expired on ${longDate(row.validUntil)}`,
          'certificate_expired',
        );
      if (row.validFrom > latestBegunDay())
        throw conflict(`This certificate cannot be redeemed before ${longDate(row.validFrom)}`, 'not_yet_valid');
      throw conflict('This certificate cannot be redeemed now', 'not_redeemable');
    },

    async voidCertificate(actor: Who, codeInput: string, reason: string) {
      const row = await policy.requireAccess(actor, 'certificates.void', codeInput);
      if (!row.redeemedAt && !row.voidedAt && (await repo.voidOne(actor.userId, row.code, reason)))
        return presentOne((await repo.findById(actor.userId, row.id))!);
      const now = (await repo.findById(actor.userId, row.id))!;
      if (now.redeemedAt) throw conflict('A redeemed certificate cannot be voided', 'already_redeemed');
      throw conflict('This certificate is already void', 'certificate_void');
    },

    /** Open certificates ending within `days` (still usable somewhere on Earth today): issued by me, and held by me. */
    expiringSoon: (actor: Actor, days: number, now = new Date()) =>
      repo.countExpiring(
        actor.userId,
        lastRunningDay(now),
        new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10),
      ),

    /** Public: what anyone holding the code may know, and nothing else. */
    async verify(codeInput: string): Promise<CertificateVerification> {
      const row = await repo.findForVerification(requireCode(codeInput));
      if (!row) throw notFound('No certificate has this code');
      const offer =
        row.kind === 'free-session'
          ? { minutes: row.minutes ?? 30 }
          : row.kind === 'percent-off'
            ? { percent: row.percent ?? 0 }
            : { description: row.giftDescription };
      return {
        status: certificateStatus(row),
        code: formatCode(row.code),
        offer: {
          title: row.title,
          kind: row.kind as CertificateVerification['offer']['kind'],
          ...offer,
          from: row.issuerName,
        },
        validFrom: row.validFrom,
        validUntil: row.validUntil,
        recipientName: row.recipientName,
      };
    },
  };
}
export type CertificatesService = ReturnType<typeof certificatesService>;
