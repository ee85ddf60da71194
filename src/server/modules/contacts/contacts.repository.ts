// Contacts and their interaction log. Every query is scoped by the owner, so a contact that is
// not yours is simply not found.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { contactInteractions, contacts } from '../../db/schema/index.ts';

export type ContactRow = typeof contacts.$inferSelect;
export type InteractionRow = typeof contactInteractions.$inferSelect;

export const contactsRepository = (db: Db) => ({
  findOwned: async (ownerUserId: string, id: string) =>
    (await db.select().from(contacts).where(and(eq(contacts.ownerUserId, ownerUserId), eq(contacts.id, id))))[0] ?? null,

  findStages: async (ownerUserId: string, ids: string[]) => {
    if (ids.length === 0) return [];
    return db
      .select({ id: contacts.id, stage: contacts.stage })
      .from(contacts)
      .where(and(eq(contacts.ownerUserId, ownerUserId), inArray(contacts.id, ids)));
  },

  /** Logs an outreach and moves an "identified" contact to "introduced" (never backwards), together. */
  recordOutreach: (ownerUserId: string, contactId: string, entry: { channel: string; summary: string; letterId: string | null; occurredAt: Date }) =>
    db.transaction(async (tx) => {
      const [owned] = await tx
        .update(contacts)
        .set({
          stage: sql`CASE WHEN ${contacts.stage} = 'identified' THEN 'introduced' ELSE ${contacts.stage} END`,
          stageChangedAt: sql`CASE WHEN ${contacts.stage} = 'identified' THEN now() ELSE ${contacts.stageChangedAt} END`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(contacts.ownerUserId, ownerUserId), eq(contacts.id, contactId)))
        .returning({ id: contacts.id });
      if (!owned) return false;
      await tx.insert(contactInteractions).values({ contactId, ownerUserId, ...entry });
      return true;
    }),
});
