// Questionnaires, check-ins, the practice's alliance settings and visit intervals. Retention reads
// the signed sessions' dates (session_notes, figures only) and the clients' names (plain, as the list).
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  allianceSettings,
  checkIns,
  clientVisitIntervals,
  clients,
  questionnaires,
  sessionNotes,
} from '../../db/schema/index.ts';

export type CheckInRow = typeof checkIns.$inferSelect;
export type CheckInWrite = Omit<typeof checkIns.$inferInsert, 'id' | 'sentAt'>;
export type QuestionnaireRow = typeof questionnaires.$inferSelect;

export const allianceRepository = (db: Db) => ({
  inTransaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction((tx) => work(tx as unknown as Db)),

  questionnairesOf: (ownerUserId: string) =>
    db
      .select()
      .from(questionnaires)
      .where(eq(questionnaires.ownerUserId, ownerUserId))
      .orderBy(asc(questionnaires.createdAt)),
  findQuestionnaire: async (ownerUserId: string, key: string) =>
    (
      await db
        .select()
        .from(questionnaires)
        .where(and(eq(questionnaires.ownerUserId, ownerUserId), eq(questionnaires.key, key)))
        .limit(1)
    )[0],
  insertQuestionnaire: async (values: typeof questionnaires.$inferInsert) =>
    (await db.insert(questionnaires).values(values).returning())[0]!,

  insertCheckIn: async (values: CheckInWrite) => (await db.insert(checkIns).values(values).returning())[0]!,
  findCheckIn: async (id: string) => (await db.select().from(checkIns).where(eq(checkIns.id, id)).limit(1))[0],
  checkInsOf: (clientId: string) =>
    db.select().from(checkIns).where(eq(checkIns.clientId, clientId)).orderBy(asc(checkIns.sentAt), asc(checkIns.id)),
  checkInsForClients: (clientIds: string[]) =>
    clientIds.length === 0
      ? Promise.resolve([] as CheckInRow[])
      : db.select().from(checkIns).where(inArray(checkIns.clientId, clientIds)).orderBy(desc(checkIns.sentAt)),
  checkInsOfOwner: (ownerUserId: string) =>
    db
      .select()
      .from(checkIns)
      .where(eq(checkIns.ownerUserId, ownerUserId))
      .orderBy(asc(checkIns.sentAt), asc(checkIns.id)),
  /** Answers once: the row comes back only when this call answered it. */
  answer: async (id: string, values: Pick<CheckInRow, 'answersEnc' | 'scores' | 'itemMeans'>) =>
    (
      await db
        .update(checkIns)
        .set({ ...values, answeredAt: new Date() })
        .where(and(eq(checkIns.id, id), isNull(checkIns.answeredAt)))
        .returning()
    )[0],

  settingsOf: async (ownerUserId: string) =>
    (await db.select().from(allianceSettings).where(eq(allianceSettings.ownerUserId, ownerUserId)).limit(1))[0],
  saveSettings: async (values: typeof allianceSettings.$inferInsert) =>
    (
      await db
        .insert(allianceSettings)
        .values(values)
        .onConflictDoUpdate({ target: allianceSettings.ownerUserId, set: { ...values, updatedAt: new Date() } })
        .returning()
    )[0]!,

  setInterval: async (clientId: string, days: number | null) => {
    if (days === null) await db.delete(clientVisitIntervals).where(eq(clientVisitIntervals.clientId, clientId));
    else
      await db
        .insert(clientVisitIntervals)
        .values({ clientId, days })
        .onConflictDoUpdate({ target: clientVisitIntervals.clientId, set: { days } });
  },

  /** The client row (name and sealed email) when it is this owner's. */
  clientOf: async (ownerUserId: string, clientId: string) =>
    (
      await db
        .select({ id: clients.id, name: clients.name, emailEnc: clients.emailEnc, ownerUserId: clients.ownerUserId })
        .from(clients)
        .where(and(eq(clients.id, clientId), eq(clients.ownerUserId, ownerUserId)))
        .limit(1)
    )[0],
  clientNames: async (ownerUserId: string) =>
    db
      .select({ id: clients.id, name: clients.name, interval: clientVisitIntervals.days })
      .from(clients)
      .leftJoin(clientVisitIntervals, eq(clientVisitIntervals.clientId, clients.id))
      .where(and(eq(clients.ownerUserId, ownerUserId), isNull(clients.archivedAt)))
      .orderBy(asc(sql`lower(${clients.name})`)),

  /** The signed sessions' dates per client of this owner, oldest first. */
  signedDates: (ownerUserId: string) =>
    db
      .select({ clientId: sessionNotes.clientId, date: sessionNotes.sessionDate })
      .from(sessionNotes)
      .where(and(eq(sessionNotes.ownerUserId, ownerUserId), isNotNull(sessionNotes.signedAt)))
      .orderBy(asc(sessionNotes.sessionDate)),
});
export type AllianceRepository = ReturnType<typeof allianceRepository>;
