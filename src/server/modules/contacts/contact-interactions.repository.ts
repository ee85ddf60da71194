// A contact's interaction log. Logging one may set the contact's follow-up at the same time.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { contactInteractions, contacts } from '../../db/schema/index.ts';

export type NewInteraction = { channel: string; summary: string; nextStep: string; occurredAt: Date };

export const contactInteractionsRepository = (db: Db) => ({
  findForContact: (ownerUserId: string, contactId: string) =>
    db
      .select()
      .from(contactInteractions)
      .where(and(eq(contactInteractions.ownerUserId, ownerUserId), eq(contactInteractions.contactId, contactId)))
      .orderBy(desc(contactInteractions.occurredAt), desc(contactInteractions.createdAt))
      .limit(1000),

  /**
   * Inserts the interaction and, when `followUp` is given, sets the contact's follow-up, in one
   * transaction. Null when the contact is not the owner's (nothing is written then).
   */
  insert: (
    ownerUserId: string,
    contactId: string,
    entry: NewInteraction,
    followUp?: { on: string | null; note?: string },
  ) =>
    db.transaction(async (tx) => {
      const [owned] = await tx
        .update(contacts)
        .set({
          updatedAt: sql`now()`,
          ...(followUp ? { followUpOn: followUp.on } : {}),
          ...(followUp?.note !== undefined ? { followUpNote: followUp.note } : {}),
        })
        .where(and(eq(contacts.ownerUserId, ownerUserId), eq(contacts.id, contactId)))
        .returning({ id: contacts.id });
      if (!owned) return null;
      const [row] = await tx
        .insert(contactInteractions)
        .values({ ...entry, contactId, ownerUserId })
        .returning();
      return row!;
    }),
});
