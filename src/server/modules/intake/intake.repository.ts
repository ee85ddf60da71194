// A practice's intake definitions and each client's intake submissions. Rows come back as stored:
// the service opens the sealed answers.
import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clients, intakeDefinitions, intakeSubmissions } from '../../db/schema/index.ts';

export type IntakeSubmissionRow = typeof intakeSubmissions.$inferSelect;
export type IntakeDefinitionRow = typeof intakeDefinitions.$inferSelect;

export const intakeRepository = (db: Db) => ({
  latestDefinition: async (ownerUserId: string): Promise<IntakeDefinitionRow | undefined> =>
    (
      await db
        .select()
        .from(intakeDefinitions)
        .where(eq(intakeDefinitions.ownerUserId, ownerUserId))
        .orderBy(desc(intakeDefinitions.version))
        .limit(1)
    )[0],

  definitionAt: async (ownerUserId: string, version: number): Promise<IntakeDefinitionRow | undefined> =>
    (
      await db
        .select()
        .from(intakeDefinitions)
        .where(and(eq(intakeDefinitions.ownerUserId, ownerUserId), eq(intakeDefinitions.version, version)))
        .limit(1)
    )[0],

  /** Saves the next version of the practice's definition (one past the latest). */
  insertDefinition: async (ownerUserId: string, definition: unknown): Promise<IntakeDefinitionRow> =>
    (
      await db
        .insert(intakeDefinitions)
        .values({
          ownerUserId,
          definition,
          version: sql`(select coalesce(max(version), 0) + 1 from intake_definitions where owner_user_id = ${ownerUserId})`,
        })
        .returning()
    )[0]!,

  submissions: async (clientId: string): Promise<IntakeSubmissionRow[]> =>
    db
      .select()
      .from(intakeSubmissions)
      .where(eq(intakeSubmissions.clientId, clientId))
      .orderBy(desc(intakeSubmissions.version)),

  /** The latest submission with the therapist who keeps the record (whose definitions it answers). */
  latestSubmission: async (clientId: string): Promise<(IntakeSubmissionRow & { ownerUserId: string }) | undefined> =>
    (
      await db
        .select({ ...getTableColumns(intakeSubmissions), ownerUserId: clients.ownerUserId })
        .from(intakeSubmissions)
        .innerJoin(clients, eq(clients.id, intakeSubmissions.clientId))
        .where(eq(intakeSubmissions.clientId, clientId))
        .orderBy(desc(intakeSubmissions.version))
        .limit(1)
    )[0],

  insertSubmission: async (
    row: Omit<typeof intakeSubmissions.$inferInsert, 'id' | 'version' | 'createdAt'>,
  ): Promise<IntakeSubmissionRow> =>
    (
      await db
        .insert(intakeSubmissions)
        .values({
          ...row,
          version: sql`(select coalesce(max(version), 0) + 1 from intake_submissions where client_id = ${row.clientId})`,
        })
        .returning()
    )[0]!,
});
