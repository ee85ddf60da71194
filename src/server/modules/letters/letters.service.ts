// The rules of letters of introduction: drafted from the template for the recipient's profession,
// editable only while a draft, and private to the member who wrote them (404 to anyone else).
import type {
  Letter,
  LetterCreate,
  LetterDraft,
  LetterDraftRequest,
  LetterListQuery,
  LetterUpdate,
} from '../../../contracts/letters.ts';
import type { Profession } from '../../../contracts/taxonomy.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid } from '../../http/errors.ts';
import { logoForPdf } from '../../lib/pdf.ts';
import type { ContactsService } from '../contacts/contacts.service.ts';
import type { OffersService } from '../offers/offers.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { composeLetter, letterPrintOf, loadSender, type Sender } from './letter-composer.ts';
import { measurePages, renderLetterPdf } from './letter-pdf.ts';
import { renderLetterPage } from './letter-print-view.ts';
import { checkTemplate, type LetterTemplatesService } from './letter-templates.service.ts';
import { lettersPolicy } from './letters.policy.ts';
import { deliveryOf, isDraftRow, printOfRow, toLetter } from './letters.mapper.ts';
import { lettersRepository, type LetterRow } from './letters.repository.ts';
import { sampleRecipients } from './templates/default-templates.ts';
import type { LetterCertificate } from './templates/letter-values.ts';

/** What letters ask of offers: the offer chosen for a letter, or a certificate the contact already has. */
export type LetterOffers = Pick<OffersService, 'get' | 'usableCertificateFor'>;
export type LettersDeps = {
  profiles: ProfilesService;
  contacts: Pick<ContactsService, 'requireOwned'>;
  templates: LetterTemplatesService;
  offers: LetterOffers;
};

export const notSentYet = () =>
  new AppError('conflict', 'This letter has already gone out; it can no longer be changed');

/** A file name a person would recognise: "letter-of-introduction-anika-patel.pdf". */
export const pdfFileName = (recipientName: string) =>
  `letter-of-introduction-${
    recipientName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'letter'
  }.pdf`;

export function lettersService(
  context: Pick<AppContext, 'db' | 'config' | 'mailer'>,
  { profiles, contacts, templates, offers }: LettersDeps,
) {
  const { mailer } = context;
  const { uploadDir } = context.config;
  const repo = lettersRepository(context.db);
  const policy = lettersPolicy(repo);

  async function present(sender: Sender, rows: LetterRow[]): Promise<Letter[]> {
    const outbox = await mailer.statuses(rows.flatMap((row) => (row.mailId ? [row.mailId] : [])));
    return rows.map((row) => toLetter(row, sender, outbox));
  }

  // Another member's contact is "not one of yours", exactly like one that does not exist.
  async function ownContact(actor: Actor, contactId: string) {
    try {
      return await contacts.requireOwned(actor, contactId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found')
        throw invalid('contactId', 'is not one of your contacts');
      throw error;
    }
  }

  // The certificate a letter offers: from the offer chosen for it, else one already issued to the
  // contact and still usable; none otherwise (and the template's sentence about it is left out).
  async function certificateFor(
    actor: Actor,
    offerId: string | undefined,
    contactId: string | null,
  ): Promise<LetterCertificate | null> {
    if (offerId) {
      const offer = await offers.get(actor, offerId).catch((error: unknown) => {
        throw error instanceof AppError && error.code === 'not_found'
          ? invalid('offerId', 'is not one of your offers')
          : error;
      });
      if (offer.state !== 'active')
        throw invalid('offerId', `the offer “${offer.title}” is ${offer.state} and cannot issue a certificate now`);
      return offer;
    }
    if (!contactId) return null;
    const issued = await offers.usableCertificateFor(actor, contactId);
    return issued && { ...issued.offer };
  }

  async function generate(
    actor: Actor,
    sender: Sender,
    request: Pick<LetterDraftRequest, 'contactId' | 'profession' | 'template' | 'offerId'>,
  ) {
    if (request.template) checkTemplate(request.template, 'template.');
    const contact = request.contactId ? await ownContact(actor, request.contactId) : null;
    const profession = (request.profession ?? contact?.profession ?? 'other') as Profession;
    const recipient = contact
      ? { name: contact.name, organisation: contact.organisation }
      : sampleRecipients[profession];
    const text = request.template ?? (await templates.textFor(actor.userId, profession));
    const certificate = await certificateFor(actor, request.offerId, contact?.id ?? null);
    return { contact, profession, letter: composeLetter(sender, text, { ...recipient, profession, certificate }) };
  }

  async function get(actor: Actor, id: string) {
    const row = await policy.requireAccess(actor, 'letters.read', id);
    return (await present(await loadSender(profiles, actor), [row]))[0]!;
  }

  return {
    policy,
    get,

    async draft(actor: Actor, request: LetterDraftRequest): Promise<LetterDraft> {
      if (!request.contactId && !request.profession)
        throw invalid('contactId', 'give a contactId, or a profession to preview its template');
      const sender = await loadSender(profiles, actor);
      const { contact, profession, letter } = await generate(actor, sender, request);
      // The very print the PDF is drawn from, so a preview (a merge's sample too) shows what is sent.
      const print = letterPrintOf(sender, { ...letter, address: contact, date: new Date() });
      const pages = measurePages(print);
      return { profession, ...letter, recipientLines: print.recipientLines, pages, tooLong: pages > 1 };
    },

    async create(actor: Actor, input: LetterCreate): Promise<Letter> {
      const sender = await loadSender(profiles, actor);
      const { contact, letter } = await generate(actor, sender, {
        contactId: input.contactId,
        template: input.template,
        offerId: input.offerId,
      });
      const id = await repo.insert({
        ownerUserId: actor.userId,
        contactId: contact!.id,
        recipientName: letter.recipientName,
        salutation: input.salutation ?? letter.salutation,
        subject: input.subject ?? letter.subject,
        body: input.body ?? letter.body,
      });
      return (await present(sender, [(await repo.findOwned(actor.userId, id))!]))[0]!;
    },

    async list(actor: Actor, query: LetterListQuery) {
      const rows = await repo.listOwned(actor.userId, query.contactId);
      const items = await present(await loadSender(profiles, actor), rows);
      return { items: query.status ? items.filter((letter) => letter.status === query.status) : items };
    },

    async update(actor: Actor, id: string, patch: LetterUpdate) {
      const row = await policy.requireAccess(actor, 'letters.write', id);
      if (!isDraftRow(row) || !(await repo.updateDraft(actor.userId, id, patch))) throw notSentYet();
      return get(actor, id);
    },

    async remove(actor: Actor, id: string) {
      const row = await policy.requireAccess(actor, 'letters.write', id);
      if (!isDraftRow(row) || !(await repo.deleteDraft(actor.userId, id)))
        throw new AppError('conflict', 'Only a draft can be deleted; this letter has already gone out');
    },

    /** The printed letter, dated the day it went out (or today, for a draft). */
    async pdf(actor: Actor, id: string, row?: LetterRow, sender?: Sender) {
      const letter = row ?? (await policy.requireAccess(actor, 'letters.read', id));
      const from = sender ?? (await loadSender(profiles, actor));
      const { sentAt } = deliveryOf(letter, await mailer.statuses(letter.mailId ? [letter.mailId] : []));
      const pdf = await renderLetterPdf(
        printOfRow(from, letter, sentAt ? new Date(sentAt) : new Date()),
        await logoForPdf(uploadDir, from.letterhead.logoFile),
      );
      return { filename: pdfFileName(letter.recipientName), pdf };
    },

    async printPage(actor: Actor, id: string) {
      const row = await policy.requireAccess(actor, 'letters.read', id);
      const sender = await loadSender(profiles, actor);
      return renderLetterPage(printOfRow(sender, row), sender.profile.logoUrl);
    },
  };
}
export type LettersService = ReturnType<typeof lettersService>;
