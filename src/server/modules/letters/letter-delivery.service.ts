// How a letter reaches its recipient: emailed with its PDF (and a certificate that may ride
// along), or printed and posted / handed over. A letter goes out once; it counts as an
// introduction (interaction logged, contact moved to "introduced") only once it really went:
// for email, when the outbox reports SMTP accepted it (or kept it, with no SMTP configured).
import type { LetterDelivered, LetterSend } from '../../../contracts/letters.ts';
import type { Certificate } from '../../../contracts/offers.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid } from '../../http/errors.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { MailDelivery } from '../mail/mail.service.ts';
import type { OffersService } from '../offers/offers.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { loadSender } from './letter-composer.ts';
import { letterMail } from './letter-mail.ts';
import { handDelivery, isDraftRow } from './letters.mapper.ts';
import { lettersRepository, type LetterRow } from './letters.repository.ts';
import { notSentYet, type LettersService } from './letters.service.ts';

export type CertificateSource = Pick<
  OffersService,
  'issueCertificate' | 'certificatePdf' | 'getCertificate' | 'recordDelivery'
>;
type DeliveryDeps = {
  profiles: ProfilesService;
  contacts: Pick<ContactsService, 'requireOwned' | 'recordOutreach'>;
  letters: LettersService;
  offers: CertificateSource;
};

export function letterDeliveryService(
  context: Pick<AppContext, 'db' | 'mailer'>,
  { profiles, contacts, letters, offers }: DeliveryDeps,
) {
  const { mailer } = context;
  const repo = lettersRepository(context.db);

  async function recipientEmail(actor: Actor, row: LetterRow) {
    if (!row.contactId || !row.contact)
      throw invalid('contactId', 'is gone: the contact this letter was written to has been deleted');
    const contact = await contacts.requireOwned(actor, row.contactId);
    if (!contact.email)
      throw invalid(
        'email',
        `${contact.name} has no email address; add one to the contact, or print the letter and mark it delivered`,
      );
    return contact.email;
  }

  // An existing certificate may ride along only if it is still good and was issued to this contact.
  async function existingCertificate(actor: Actor, row: LetterRow, code: string): Promise<Certificate> {
    const certificate = await offers.getCertificate(actor, code).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'not_found'
        ? invalid('certificateCode', 'no such certificate of yours')
        : error;
    });
    if (certificate.contactId !== row.contactId)
      throw invalid('certificateCode', `was issued to ${certificate.recipientName}, not to this letter's recipient`);
    if (certificate.status !== 'valid')
      throw new AppError('conflict', `certificateCode: a ${certificate.status} certificate cannot ride along`);
    return certificate;
  }

  return {
    async send(actor: Actor, id: string, input: LetterSend) {
      const row = await letters.policy.requireAccess(actor, 'letters.send', id);
      if (!isDraftRow(row)) throw notSentYet();
      if (input.offerId && input.certificateCode)
        throw invalid(
          'offerId',
          'give an offerId (issue a new certificate) or a certificateCode (attach one), not both',
        );
      const to = await recipientEmail(actor, row);
      let certificate = input.certificateCode ? await existingCertificate(actor, row, input.certificateCode) : null;
      if (!(await repo.claim(actor.userId, id, to))) throw notSentYet();
      let mailId: string | null = null;
      try {
        const sender = await loadSender(profiles, actor);
        if (input.offerId)
          certificate = await offers.issueCertificate(actor, input.offerId, { contactId: row.contactId! });
        // Read again after the claim: an edit that landed just before it is what goes out.
        const claimed = (await repo.findOwned(actor.userId, id))!;
        const { filename, pdf } = await letters.pdf(actor, id, claimed, sender);
        const attachments = [{ filename, content: pdf, contentType: 'application/pdf' }];
        if (certificate) {
          const printed = await offers.certificatePdf(actor, certificate.code);
          attachments.push({ filename: printed.filename, content: printed.pdf, contentType: 'application/pdf' });
        }
        const mail = letterMail(
          claimed,
          sender,
          certificate
            ? { title: certificate.offer.title, displayCode: certificate.displayCode, verifyUrl: certificate.verifyUrl }
            : null,
        );
        // From here the message is durable in the outbox: the claim stays, whatever SMTP says.
        // Replies reach the member, not Kneadwork's sending address.
        mailId = await mailer.send({
          to,
          ...mail,
          attachments,
          replyTo: sender.profile.publicEmail || actor.email,
          ref: `letter:${id}`,
        });
        await repo.recordMail(id, mailId, certificate?.id ?? null);
        if (certificate) await offers.recordDelivery(actor, certificate.id, mailId, to);
      } catch (error) {
        // Nothing went out: the letter is a draft again. (Once queued, it stays claimed.)
        if (!mailId) await repo.release(id);
        throw error;
      }
      return letters.get(actor, id);
    },

    /** A printed letter posted or handed over: logged and counted as an introduction now. */
    async delivered(actor: Actor, id: string, { channel }: LetterDelivered) {
      const row = await letters.policy.requireAccess(actor, 'letters.send', id);
      if (!isDraftRow(row) || !(await repo.claim(actor.userId, id, handDelivery[channel]))) throw notSentYet();
      if (row.contactId) {
        const summary =
          channel === 'letter'
            ? `Letter of introduction posted: ${row.subject}`
            : `Letter of introduction handed over: ${row.subject}`;
        await contacts
          .recordOutreach(actor.userId, row.contactId, { channel, summary, letterId: id })
          .catch(async (error: unknown) => {
            await repo.release(id);
            throw error;
          });
      }
      return letters.get(actor, id);
    },

    /** The outbox's report on a letter's email: an introduction once SMTP accepted it (or kept it, with no SMTP). */
    async onMailDelivery({ ref, outcome }: MailDelivery) {
      if (outcome === 'failed') return;
      const letter = await repo.findById(ref.slice('letter:'.length));
      if (!letter?.contactId) return;
      await contacts.recordOutreach(letter.ownerUserId, letter.contactId, {
        channel: 'email',
        summary: `Letter of introduction emailed: ${letter.subject}`,
        letterId: ref.slice('letter:'.length),
      });
    },
  };
}
export type LetterDeliveryService = ReturnType<typeof letterDeliveryService>;
