// Session notes, their goal measures and amendments. Rows come back as stored (ciphertext); the
// service opens them. Every query names the client, which the service has already checked.
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sessionAmendments, sessionGoalMeasures, sessionNotes } from '../../db/schema/index.ts';

export type SessionNoteRow = typeof sessionNotes.$inferSelect;
export type SessionNoteWrite = Omit<typeof sessionNotes.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type GoalMeasureRow = typeof sessionGoalMeasures.$inferSelect;
export type AmendmentRow = typeof sessionAmendments.$inferSelect;
export type FullNoteRow = SessionNoteRow & { measures: GoalMeasureRow[]; amendments: AmendmentRow[] };

export const sessionNotesRepository = (db: Db) => {
  const withParts = async (rows: SessionNoteRow[]): Promise<FullNoteRow[]> => {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const measures = await db.select().from(sessionGoalMeasures).where(inArray(sessionGoalMeasures.sessionId, ids));
    const amendments = await db
      .select()
      .from(sessionAmendments)
      .where(inArray(sessionAmendments.sessionId, ids))
      .orderBy(asc(sessionAmendments.createdAt), asc(sessionAmendments.id));
    return rows.map((row) => ({
      ...row,
      measures: measures.filter((each) => each.sessionId === row.id),
      amendments: amendments.filter((each) => each.sessionId === row.id),
    }));
  };

  return {
    inTransaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction((tx) => work(tx as unknown as Db)),

    async insert(values: SessionNoteWrite, measures: Omit<GoalMeasureRow, 'id' | 'sessionId'>[]) {
      const row = (await db.insert(sessionNotes).values(values).returning())[0]!;
      if (measures.length > 0)
        await db.insert(sessionGoalMeasures).values(measures.map((each) => ({ ...each, sessionId: row.id })));
      return row;
    },

    /** Changes a draft only: undefined when the note is signed (or not this client's). */
    async updateDraft(
      clientId: string,
      id: string,
      changes: Partial<SessionNoteWrite>,
      measures?: Omit<GoalMeasureRow, 'id' | 'sessionId'>[],
    ) {
      const row = (
        await db
          .update(sessionNotes)
          .set({ ...changes, updatedAt: new Date() })
          .where(
            and(eq(sessionNotes.id, id), eq(sessionNotes.clientId, clientId), sql`${sessionNotes.signedAt} is null`),
          )
          .returning()
      )[0];
      if (row && measures) {
        await db.delete(sessionGoalMeasures).where(eq(sessionGoalMeasures.sessionId, id));
        if (measures.length > 0)
          await db.insert(sessionGoalMeasures).values(measures.map((each) => ({ ...each, sessionId: id })));
      }
      return row;
    },

    /** Signs once: undefined when already signed. */
    sign: async (clientId: string, id: string, by: { userId: string; label: string }) =>
      (
        await db
          .update(sessionNotes)
          .set({ signedAt: new Date(), signedByUserId: by.userId, signedByLabel: by.label, updatedAt: new Date() })
          .where(
            and(eq(sessionNotes.id, id), eq(sessionNotes.clientId, clientId), sql`${sessionNotes.signedAt} is null`),
          )
          .returning()
      )[0],

    setShared: async (clientId: string, id: string, parts: string[]) =>
      (
        await db
          .update(sessionNotes)
          .set({ sharedParts: parts, sharedAt: parts.length > 0 ? new Date() : null })
          .where(and(eq(sessionNotes.id, id), eq(sessionNotes.clientId, clientId)))
          .returning()
      )[0],

    addAmendment: async (values: typeof sessionAmendments.$inferInsert) =>
      (await db.insert(sessionAmendments).values(values).returning())[0]!,

    find: async (clientId: string, id: string) =>
      (
        await withParts(
          await db
            .select()
            .from(sessionNotes)
            .where(and(eq(sessionNotes.id, id), eq(sessionNotes.clientId, clientId)))
            .limit(1),
        )
      )[0],

    findForClient: async (clientId: string) =>
      withParts(
        await db
          .select()
          .from(sessionNotes)
          .where(eq(sessionNotes.clientId, clientId))
          .orderBy(desc(sessionNotes.sessionDate), desc(sessionNotes.createdAt))
          .limit(500),
      ),

    /** Signed notes with at least one part shared, for these clients. */
    findShared: async (clientIds: string[]) =>
      clientIds.length === 0
        ? []
        : withParts(
            await db
              .select()
              .from(sessionNotes)
              .where(
                and(
                  inArray(sessionNotes.clientId, clientIds),
                  isNotNull(sessionNotes.signedAt),
                  sql`cardinality(${sessionNotes.sharedParts}) > 0`,
                ),
              )
              .orderBy(desc(sessionNotes.sessionDate), desc(sessionNotes.createdAt))
              .limit(500),
          ),

    /** Figures only (no text): signed sessions' dates, pain and goal measures, oldest first. */
    async progressRows(clientId: string) {
      const notes = await db
        .select({
          id: sessionNotes.id,
          date: sessionNotes.sessionDate,
          painBefore: sessionNotes.painBefore,
          painAfter: sessionNotes.painAfter,
        })
        .from(sessionNotes)
        .where(and(eq(sessionNotes.clientId, clientId), isNotNull(sessionNotes.signedAt)))
        .orderBy(asc(sessionNotes.sessionDate), asc(sessionNotes.signedAt));
      const measures =
        notes.length === 0
          ? []
          : await db
              .select()
              .from(sessionGoalMeasures)
              .where(
                inArray(
                  sessionGoalMeasures.sessionId,
                  notes.map((note) => note.id),
                ),
              );
      return { notes, measures };
    },

    countSigned: async (clientId: string) =>
      (
        await db
          .select({ count: sql<number>`count(*)::int` })
          .from(sessionNotes)
          .where(and(eq(sessionNotes.clientId, clientId), isNotNull(sessionNotes.signedAt)))
      )[0]!.count,
  };
};
export type SessionNotesRepository = ReturnType<typeof sessionNotesRepository>;
