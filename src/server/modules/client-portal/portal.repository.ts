// The portal's accounts, invitations and sign-in links, access grants and sessions. Tokens are
// stored as hashes only; a token is used by one conditional UPDATE, so two clicks race to one win.
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { portalAccess, portalAccounts, portalSessions, portalTokens } from '../../db/schema/index.ts';

export type PortalAccountRow = typeof portalAccounts.$inferSelect;
export type PortalTokenPurpose = 'invitation' | 'sign-in';

export const portalRepository = (db: Db) => ({
  inTransaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction((tx) => work(tx as unknown as Db)),

  findAccountByEmail: async (email: string): Promise<PortalAccountRow | undefined> =>
    (await db.select().from(portalAccounts).where(eq(portalAccounts.email, email)))[0],

  findAccount: async (id: string): Promise<PortalAccountRow | undefined> =>
    (await db.select().from(portalAccounts).where(eq(portalAccounts.id, id)))[0],

  /** The account for this address, made if there is none (two invitations racing share one). */
  async accountFor(email: string): Promise<PortalAccountRow> {
    await db.insert(portalAccounts).values({ email }).onConflictDoNothing();
    return (await db.select().from(portalAccounts).where(eq(portalAccounts.email, email)))[0]!;
  },

  insertToken: async (values: {
    tokenHash: string;
    purpose: PortalTokenPurpose;
    accountId: string;
    clientId: string | null;
    invitedByUserId: string | null;
    expiresAt: Date;
  }) => {
    await db.insert(portalTokens).values(values);
  },

  /** Uses the token once: the row if it was unused and unexpired, else nothing. */
  useToken: async (tokenHash: string) =>
    (
      await db
        .update(portalTokens)
        .set({ usedAt: sql`now()` })
        .where(
          and(
            eq(portalTokens.tokenHash, tokenHash),
            isNull(portalTokens.usedAt),
            gt(portalTokens.expiresAt, sql`now()`),
          ),
        )
        .returning()
    )[0],

  /** Whether a token exists and may still be used (the link page shows a button, not the use). */
  isTokenUsable: async (tokenHash: string) =>
    (
      await db
        .select({ id: portalTokens.id })
        .from(portalTokens)
        .where(
          and(
            eq(portalTokens.tokenHash, tokenHash),
            isNull(portalTokens.usedAt),
            gt(portalTokens.expiresAt, sql`now()`),
          ),
        )
    ).length > 0,

  /** Opens the record to the account (again, if it had ended), for the member who keeps it. */
  grantAccess: async (clientId: string, accountId: string, memberUserId: string) => {
    await db
      .insert(portalAccess)
      .values({ clientId, accountId, memberUserId })
      .onConflictDoUpdate({
        target: portalAccess.clientId,
        set: { accountId, memberUserId, grantedAt: sql`now()`, endedAt: null },
      });
  },

  endAccess: async (clientId: string) =>
    (
      await db
        .update(portalAccess)
        .set({ endedAt: sql`now()` })
        .where(and(eq(portalAccess.clientId, clientId), isNull(portalAccess.endedAt)))
        .returning({ clientId: portalAccess.clientId })
    ).length > 0,

  /** Unused invitations for the record stop working (access ended, or a new invitation replaces them). */
  revokeInvitations: async (clientId: string) => {
    await db
      .update(portalTokens)
      .set({ expiresAt: sql`now()` })
      .where(
        and(eq(portalTokens.clientId, clientId), isNull(portalTokens.usedAt), gt(portalTokens.expiresAt, sql`now()`)),
      );
  },

  accessOf: async (clientId: string) =>
    (
      await db
        .select({ grantedAt: portalAccess.grantedAt, endedAt: portalAccess.endedAt, email: portalAccounts.email })
        .from(portalAccess)
        .innerJoin(portalAccounts, eq(portalAccounts.id, portalAccess.accountId))
        .where(eq(portalAccess.clientId, clientId))
    )[0],

  lastInvitation: async (clientId: string) =>
    (
      await db
        .select({ createdAt: portalTokens.createdAt, expiresAt: portalTokens.expiresAt, usedAt: portalTokens.usedAt })
        .from(portalTokens)
        .where(and(eq(portalTokens.clientId, clientId), eq(portalTokens.purpose, 'invitation')))
        .orderBy(desc(portalTokens.createdAt))
        .limit(1)
    )[0],

  activeRecordCount: async (accountId: string) =>
    (
      await db
        .select({ count: sql<number>`count(*)::int` })
        .from(portalAccess)
        .where(and(eq(portalAccess.accountId, accountId), isNull(portalAccess.endedAt)))
    )[0]!.count,

  insertSession: async (values: { tokenHash: string; accountId: string; expiresAt: Date }) => {
    await db.insert(portalSessions).values(values);
    await db
      .update(portalAccounts)
      .set({ lastSignInAt: sql`now()` })
      .where(eq(portalAccounts.id, values.accountId));
  },

  deleteSession: async (tokenHash: string) => {
    await db.delete(portalSessions).where(eq(portalSessions.tokenHash, tokenHash));
  },

  setPassword: async (accountId: string, passwordHash: string) => {
    await db.update(portalAccounts).set({ passwordHash }).where(eq(portalAccounts.id, accountId));
  },

  /** Every session of the account but the one in use ends (after a password is set). */
  deleteOtherSessions: async (accountId: string, keepTokenHash: string) => {
    await db
      .delete(portalSessions)
      .where(and(eq(portalSessions.accountId, accountId), sql`${portalSessions.tokenHash} <> ${keepTokenHash}`));
  },
});
export type PortalRepository = ReturnType<typeof portalRepository>;
