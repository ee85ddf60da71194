// Letters and a member's rewritten templates. Every query is scoped by the owner; a letter is
// read with its contact's current name and address and the code of a certificate that rode along.
import { and, desc, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { certificates, contacts, letters, letterTemplates } from '../../db/schema/index.ts';

export type LetterWrite = Pick<
  typeof letters.$inferInsert,
  'ownerUserId' | 'contactId' | 'recipientName' | 'salutation' | 'subject' | 'body'
>;

const letterColumns = {
  ...getTableColumns(letters),
  contact: {
    name: contacts.name,
    profession: contacts.profession,
    organisation: contacts.organisation,
    email: contacts.email,
    street: contacts.street,
    city: contacts.city,
    region: contacts.region,
    postalCode: contacts.postalCode,
  },
  certificateCode: certificates.code,
};

// Neither emailed nor handed over yet: the only state in which a letter may change.
const isDraft = and(isNull(letters.mailId), isNull(letters.sentTo));

export const lettersRepository = (db: Db) => {
  const selectLetters = () =>
    db
      .select(letterColumns)
      .from(letters)
      .leftJoin(contacts, and(eq(contacts.id, letters.contactId), eq(contacts.ownerUserId, letters.ownerUserId)))
      .leftJoin(certificates, eq(certificates.id, letters.certificateId));

  return {
    findTemplates: (ownerUserId: string) =>
      db
        .select({
          profession: letterTemplates.profession,
          subject: letterTemplates.subject,
          body: letterTemplates.body,
        })
        .from(letterTemplates)
        .where(eq(letterTemplates.ownerUserId, ownerUserId)),
    findTemplate: async (ownerUserId: string, profession: string) =>
      (
        await db
          .select({ subject: letterTemplates.subject, body: letterTemplates.body })
          .from(letterTemplates)
          .where(and(eq(letterTemplates.ownerUserId, ownerUserId), eq(letterTemplates.profession, profession)))
      )[0] ?? null,
    upsertTemplate: (ownerUserId: string, profession: string, text: { subject: string; body: string }) =>
      db
        .insert(letterTemplates)
        .values({ ownerUserId, profession, ...text })
        .onConflictDoUpdate({
          target: [letterTemplates.ownerUserId, letterTemplates.profession],
          set: { ...text, updatedAt: sql`now()` },
        }),
    deleteTemplate: (ownerUserId: string, profession: string) =>
      db
        .delete(letterTemplates)
        .where(and(eq(letterTemplates.ownerUserId, ownerUserId), eq(letterTemplates.profession, profession))),

    insert: async (values: LetterWrite) =>
      (await db.insert(letters).values(values).returning({ id: letters.id }))[0]!.id,
    findOwned: async (ownerUserId: string, id: string) =>
      (await selectLetters().where(and(eq(letters.ownerUserId, ownerUserId), eq(letters.id, id))))[0] ?? null,
    listOwned: (ownerUserId: string, contactId?: string) =>
      selectLetters()
        .where(and(eq(letters.ownerUserId, ownerUserId), contactId ? eq(letters.contactId, contactId) : undefined))
        .orderBy(desc(letters.createdAt), desc(letters.id)),
    /** For delivery reports, which arrive without an acting member. */
    findById: async (id: string) =>
      (
        await db
          .select({ ownerUserId: letters.ownerUserId, contactId: letters.contactId, subject: letters.subject })
          .from(letters)
          .where(eq(letters.id, id))
      )[0] ?? null,

    updateDraft: async (
      ownerUserId: string,
      id: string,
      patch: Partial<Pick<LetterWrite, 'recipientName' | 'salutation' | 'subject' | 'body'>>,
    ) =>
      (
        await db
          .update(letters)
          .set({ ...patch, updatedAt: sql`now()` })
          .where(and(eq(letters.ownerUserId, ownerUserId), eq(letters.id, id), isDraft))
          .returning({ id: letters.id })
      ).length > 0,
    deleteDraft: async (ownerUserId: string, id: string) =>
      (
        await db
          .delete(letters)
          .where(and(eq(letters.ownerUserId, ownerUserId), eq(letters.id, id), isDraft))
          .returning({ id: letters.id })
      ).length > 0,

    /** Marks a draft as going out (to an address, or "by post"/"in person"); false when it already went, so it never goes twice. */
    claim: async (ownerUserId: string, id: string, sentTo: string) =>
      (
        await db
          .update(letters)
          .set({ sentTo, updatedAt: sql`now()` })
          .where(and(eq(letters.ownerUserId, ownerUserId), eq(letters.id, id), isDraft))
          .returning({ id: letters.id })
      ).length > 0,
    /** Undoes a claim whose delivery could not be started. */
    release: (id: string) =>
      db
        .update(letters)
        .set({ sentTo: null, updatedAt: sql`now()` })
        .where(and(eq(letters.id, id), isNull(letters.mailId))),
    recordMail: (id: string, mailId: string, certificateId: string | null) =>
      db
        .update(letters)
        .set({ mailId, certificateId, updatedAt: sql`now()` })
        .where(eq(letters.id, id)),
  };
};
export type LettersRepository = ReturnType<typeof lettersRepository>;
export type LetterRow = NonNullable<Awaited<ReturnType<LettersRepository['findOwned']>>>;
