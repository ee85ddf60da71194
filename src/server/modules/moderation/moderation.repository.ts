// Moderation's own rows: admins, reports with their reporters, the audit trail and suspensions.
// A report is upserted on the partial unique index "one open report per item", so any number of
// members reporting the same thing at once land on one queue row, each of them once.
import { and, desc, eq, inArray, isNull, or, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  admins,
  memberSuspensions,
  moderationAudit,
  moderationReporters,
  moderationReports,
  user,
} from '../../db/schema/index.ts';

export type ReportRow = typeof moderationReports.$inferSelect;
export type ReporterRow = typeof moderationReporters.$inferSelect;
export type AuditRow = typeof moderationAudit.$inferSelect;
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

export const moderationRepository = (db: Db) => ({
  transaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction(async (tx) => work(tx as unknown as Db)),

  // ---- admins ----
  userIdByEmail: async (email: string) =>
    (
      await db
        .select({ id: user.id })
        .from(user)
        .where(eq(sql`lower(${user.email})`, email.trim().toLowerCase()))
    )[0]?.id ?? null,
  isAdmin: async (userId: string) =>
    (await db.select({ userId: admins.userId }).from(admins).where(eq(admins.userId, userId))).length > 0,
  grant: async (userId: string) =>
    (await db.insert(admins).values({ userId }).onConflictDoNothing().returning()).length > 0,
  revoke: async (userId: string) => (await db.delete(admins).where(eq(admins.userId, userId)).returning()).length > 0,
  listAdmins: async () =>
    db
      .select({ email: user.email, name: user.name, grantedAt: admins.grantedAt })
      .from(admins)
      .innerJoin(user, eq(user.id, admins.userId))
      .orderBy(admins.grantedAt),

  // ---- reports ----
  /** The item's open report (created when there is none), and this reporter once on it. */
  async file(
    item: { kind: string; itemId: string; title: string; excerpt: string; authorId: string | null },
    reporter: { id: string; reason: string },
  ) {
    return db.transaction(async (tx) => {
      const [report] = await tx
        .insert(moderationReports)
        .values(item)
        .onConflictDoUpdate({
          target: [moderationReports.kind, moderationReports.itemId],
          targetWhere: sql`${moderationReports.status} = 'open'`,
          set: { lastReportedAt: sql`now()` },
        })
        .returning({ id: moderationReports.id });
      await tx
        .insert(moderationReporters)
        .values({ reportId: report!.id, reporterId: reporter.id, reason: reporter.reason })
        .onConflictDoNothing();
      return report!.id;
    });
  },
  queue: async (status: string) =>
    db
      .select()
      .from(moderationReports)
      .where(eq(moderationReports.status, status))
      .orderBy(desc(moderationReports.lastReportedAt))
      .limit(100),
  findReport: async (id: string) =>
    (await db.select().from(moderationReports).where(eq(moderationReports.id, id)))[0] ?? null,
  reportersOf: async (reportIds: string[]) =>
    reportIds.length === 0
      ? []
      : db
          .select()
          .from(moderationReporters)
          .where(inArray(moderationReporters.reportId, reportIds))
          .orderBy(moderationReporters.createdAt),
  /** Closes an open report once: null when it was already closed (another admin acted first). */
  close: async (tx: Tx, id: string, status: 'actioned' | 'dismissed') =>
    (
      await tx
        .update(moderationReports)
        .set({ status, closedAt: sql`now()` })
        .where(and(eq(moderationReports.id, id), eq(moderationReports.status, 'open')))
        .returning({ id: moderationReports.id })
    )[0] ?? null,

  // ---- audit ----
  audit: async (tx: Tx, row: typeof moderationAudit.$inferInsert) =>
    (await tx.insert(moderationAudit).values(row).returning())[0]!,
  auditLog: async (limit: number) =>
    db.select().from(moderationAudit).orderBy(desc(moderationAudit.createdAt), desc(moderationAudit.id)).limit(limit),
  /** What admins did about these members before, newest first. */
  auditAbout: async (userIds: string[]) =>
    userIds.length === 0
      ? []
      : db
          .select()
          .from(moderationAudit)
          .where(inArray(moderationAudit.subjectUserId, userIds))
          .orderBy(desc(moderationAudit.createdAt))
          .limit(50 * userIds.length),

  // ---- suspensions ----
  suspend: async (tx: Tx, userId: string, until: Date | null) =>
    tx
      .insert(memberSuspensions)
      .values({ userId, until })
      .onConflictDoUpdate({ target: memberSuspensions.userId, set: { until, createdAt: sql`now()` } }),
  unsuspend: async (tx: Tx, userId: string) =>
    (await tx.delete(memberSuspensions).where(eq(memberSuspensions.userId, userId)).returning()).length > 0,
  /** Suspensions whose time is up (the job that ends them). */
  expiredSuspensions: async () =>
    db
      .select({ userId: memberSuspensions.userId })
      .from(memberSuspensions)
      .where(sql`${memberSuspensions.until} <= now()`)
      .limit(500),
  /** Ends a suspension only if its time is still up (an admin may have extended it meanwhile). */
  endExpired: async (userId: string) =>
    (
      await db
        .delete(memberSuspensions)
        .where(and(eq(memberSuspensions.userId, userId), sql`${memberSuspensions.until} <= now()`))
        .returning()
    ).length > 0,
  accountOf: async (userId: string) =>
    (await db.select({ email: user.email, name: user.name }).from(user).where(eq(user.id, userId)))[0] ?? null,
  suspendedAmong: async (userIds: string[]) =>
    userIds.length === 0
      ? new Set<string>()
      : new Set(
          (
            await db
              .select({ userId: memberSuspensions.userId })
              .from(memberSuspensions)
              .where(
                and(
                  inArray(memberSuspensions.userId, userIds),
                  or(isNull(memberSuspensions.until), gt(memberSuspensions.until, new Date())),
                ),
              )
          ).map((row) => row.userId),
        ),
});
export type ModerationRepository = ReturnType<typeof moderationRepository>;
