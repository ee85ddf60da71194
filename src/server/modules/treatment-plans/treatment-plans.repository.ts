// Goals, their measures, and the plan's versions and comments. Rows come back as stored: the
// service opens the sealed words.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  clientGoalMeasures,
  clientGoals,
  treatmentPlanComments,
  treatmentPlans,
  treatmentPlanVersions,
} from '../../db/schema/index.ts';

export type GoalRow = typeof clientGoals.$inferSelect;
export type MeasureRow = typeof clientGoalMeasures.$inferSelect;
export type PlanRow = typeof treatmentPlans.$inferSelect;
export type PlanVersionRow = typeof treatmentPlanVersions.$inferSelect;
export type PlanCommentRow = typeof treatmentPlanComments.$inferSelect;

export const treatmentPlansRepository = (db: Db) => ({
  inTransaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction((tx) => work(tx as unknown as Db)),

  goals: (clientId: string): Promise<GoalRow[]> =>
    db.select().from(clientGoals).where(eq(clientGoals.clientId, clientId)).orderBy(asc(clientGoals.createdAt)),

  goal: async (clientId: string, goalId: string): Promise<GoalRow | undefined> =>
    (
      await db
        .select()
        .from(clientGoals)
        .where(and(eq(clientGoals.clientId, clientId), eq(clientGoals.id, goalId)))
        .limit(1)
    )[0],

  insertGoal: async (row: typeof clientGoals.$inferInsert): Promise<GoalRow> =>
    (await db.insert(clientGoals).values(row).returning())[0]!,

  measures: (goalIds: string[]): Promise<MeasureRow[]> =>
    goalIds.length === 0
      ? Promise.resolve([])
      : db
          .select()
          .from(clientGoalMeasures)
          .where(inArray(clientGoalMeasures.goalId, goalIds))
          .orderBy(asc(clientGoalMeasures.recordedAt), asc(clientGoalMeasures.id)),

  insertMeasure: async (row: typeof clientGoalMeasures.$inferInsert): Promise<MeasureRow> =>
    (await db.insert(clientGoalMeasures).values(row).returning())[0]!,

  planOf: async (clientId: string): Promise<PlanRow | undefined> =>
    (await db.select().from(treatmentPlans).where(eq(treatmentPlans.clientId, clientId)).limit(1))[0],

  plan: async (planId: string): Promise<PlanRow | undefined> =>
    (await db.select().from(treatmentPlans).where(eq(treatmentPlans.id, planId)).limit(1))[0],

  /** The client's plan, made on first use (one per client). */
  ensurePlan: async (clientId: string): Promise<PlanRow> => {
    await db.insert(treatmentPlans).values({ clientId }).onConflictDoNothing();
    return (await db.select().from(treatmentPlans).where(eq(treatmentPlans.clientId, clientId)).limit(1))[0]!;
  },

  versions: (planId: string): Promise<PlanVersionRow[]> =>
    db
      .select()
      .from(treatmentPlanVersions)
      .where(eq(treatmentPlanVersions.planId, planId))
      .orderBy(desc(treatmentPlanVersions.version)),

  /** The next version (one past the latest). */
  insertVersion: async (
    row: Omit<typeof treatmentPlanVersions.$inferInsert, 'id' | 'version' | 'createdAt'>,
  ): Promise<PlanVersionRow> =>
    (
      await db
        .insert(treatmentPlanVersions)
        .values({
          ...row,
          version: sql`(select coalesce(max(version), 0) + 1 from treatment_plan_versions where plan_id = ${row.planId})`,
        })
        .returning()
    )[0]!,

  /** Marks the client's agreement to this version when it is still the latest; false otherwise. */
  agreeAsClient: async (planId: string, version: number): Promise<boolean> =>
    (
      await db
        .update(treatmentPlanVersions)
        .set({ clientAgreedAt: sql`coalesce(${treatmentPlanVersions.clientAgreedAt}, now())` })
        .where(
          and(
            eq(treatmentPlanVersions.planId, planId),
            eq(treatmentPlanVersions.version, version),
            sql`${treatmentPlanVersions.version} = (select max(version) from treatment_plan_versions where plan_id = ${planId})`,
          ),
        )
        .returning({ id: treatmentPlanVersions.id })
    ).length > 0,

  comments: (planId: string): Promise<PlanCommentRow[]> =>
    db
      .select()
      .from(treatmentPlanComments)
      .where(eq(treatmentPlanComments.planId, planId))
      .orderBy(asc(treatmentPlanComments.createdAt), asc(treatmentPlanComments.id)),

  /** The sessions-per figures of each client's current (latest) plan version. */
  currentCadences: async (clientIds: string[]) =>
    clientIds.length === 0
      ? []
      : db
          .selectDistinctOn([treatmentPlans.clientId], {
            clientId: treatmentPlans.clientId,
            sessionsPer: treatmentPlanVersions.sessionsPer,
            per: treatmentPlanVersions.per,
          })
          .from(treatmentPlanVersions)
          .innerJoin(treatmentPlans, eq(treatmentPlans.id, treatmentPlanVersions.planId))
          .where(inArray(treatmentPlans.clientId, clientIds))
          .orderBy(treatmentPlans.clientId, desc(treatmentPlanVersions.version)),

  insertComment: async (row: typeof treatmentPlanComments.$inferInsert): Promise<PlanCommentRow> =>
    (await db.insert(treatmentPlanComments).values(row).returning())[0]!,
});
