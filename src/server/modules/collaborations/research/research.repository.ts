// Research projects, their members (lead, collaborators, participants; members apply and the lead
// answers) and the outside people who signed up on the public page.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { researchMembers, researchProjects, researchSignups } from '../../../db/schema/index.ts';

export type ProjectRow = typeof researchProjects.$inferSelect;

export const researchRepository = (db: Db) => ({
  findVisible: async (id: string) =>
    (
      await db
        .select()
        .from(researchProjects)
        .where(and(eq(researchProjects.id, id), isNull(researchProjects.hiddenAt)))
    )[0] ?? null,

  findBySlug: async (slug: string) =>
    (
      await db
        .select()
        .from(researchProjects)
        .where(and(eq(researchProjects.slug, slug), isNull(researchProjects.hiddenAt)))
    )[0] ?? null,

  findAny: async (id: string) =>
    (await db.select().from(researchProjects).where(eq(researchProjects.id, id)))[0] ?? null,

  listVisible: () =>
    db
      .select()
      .from(researchProjects)
      .where(isNull(researchProjects.hiddenAt))
      .orderBy(desc(researchProjects.createdAt))
      .limit(100),

  members: (projectId: string) =>
    db
      .select()
      .from(researchMembers)
      .where(eq(researchMembers.projectId, projectId))
      .orderBy(asc(researchMembers.createdAt)),

  signups: (projectId: string) =>
    db
      .select()
      .from(researchSignups)
      .where(eq(researchSignups.projectId, projectId))
      .orderBy(asc(researchSignups.createdAt)),

  insert: (values: typeof researchProjects.$inferInsert) =>
    db.transaction(async (tx) => {
      const [row] = await tx.insert(researchProjects).values(values).returning();
      await tx
        .insert(researchMembers)
        .values({ projectId: row!.id, userId: values.leadUserId, role: 'lead', status: 'accepted' });
      return row!;
    }),

  apply: async (projectId: string, userId: string, role: string, note: string) =>
    (await db.insert(researchMembers).values({ projectId, userId, role, note }).onConflictDoNothing().returning())[0] ??
    null,

  answer: async (projectId: string, memberId: string, to: string) =>
    (
      await db
        .update(researchMembers)
        .set({ status: to })
        .where(
          and(
            eq(researchMembers.id, memberId),
            eq(researchMembers.projectId, projectId),
            sql`${researchMembers.role} <> 'lead'`,
          ),
        )
        .returning()
    )[0] ?? null,

  /** One sign-up per address and project: a second one with the same address is not stored again. */
  signUp: async (projectId: string, person: { name: string; email: string; note: string }) =>
    (
      await db
        .insert(researchSignups)
        .values({ projectId, ...person, email: person.email.toLowerCase() })
        .onConflictDoNothing()
        .returning({ id: researchSignups.id })
    ).length > 0,

  setHidden: (id: string, hidden: boolean) =>
    db
      .update(researchProjects)
      .set({ hiddenAt: hidden ? sql`now()` : null })
      .where(eq(researchProjects.id, id)),
});
export type ResearchRepository = ReturnType<typeof researchRepository>;
