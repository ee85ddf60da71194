// Clients and their consents. Every client query is scoped by the owner, so a client who is not
// yours is simply not found. Rows come back as stored (ciphertext); the service opens them.
import { and, asc, desc, eq, ilike, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clientConsents, clients, contacts, profiles } from '../../db/schema/index.ts';

export type ClientRow = typeof clients.$inferSelect;
export type ClientWrite = Omit<typeof clients.$inferInsert, 'ownerUserId' | 'createdAt'>;
export type ConsentRow = typeof clientConsents.$inferSelect;
export type ConsentWrite = Omit<
  typeof clientConsents.$inferInsert,
  'id' | 'createdAt' | 'withdrawnAt' | 'withdrawalReason'
>;
/** A consent with the current slug and name of the member or contact it names, and the member a named contact is linked to. */
export type ConsentWithParty = ConsentRow & {
  partySlug: string | null;
  partyName: string | null;
  contactMemberUserId: string | null;
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
// Active = not withdrawn and not past its last day (`today`: the owner's calendar day).
const activeConsentCount = (today: string) =>
  sql<number>`(select count(*)::int from client_consents c where c.client_id = "clients"."id" and c.withdrawn_at is null and (c.expires_on is null or c.expires_on >= ${today}::date))`;

const consentColumns = {
  consent: clientConsents,
  partySlug: profiles.slug,
  partyName: sql<string | null>`coalesce(${profiles.displayName}, ${contacts.name})`,
  // Written out with table names: drizzle may leave a column in a select-list subquery unqualified.
  contactMemberUserId: sql<
    string | null
  >`(select lp.user_id from profiles lp where lp.id = "contacts"."linked_profile_id")`,
};

export const clientsRepository = (db: Db) => ({
  /** Runs `work` in one transaction, with a database handle bound to it for other repositories. */
  inTransaction: <T>(work: (tx: Db) => Promise<T>) => db.transaction((tx) => work(tx as unknown as Db)),

  /** Any member's client by id: only for a caller the policy already narrowed (a client in their portal). */
  findById: async (id: string): Promise<ClientRow | undefined> =>
    (await db.select().from(clients).where(eq(clients.id, id)).limit(1))[0],

  findOwned: async (ownerUserId: string, id: string): Promise<ClientRow | undefined> =>
    (
      await db
        .select()
        .from(clients)
        .where(and(eq(clients.id, id), eq(clients.ownerUserId, ownerUserId)))
        .limit(1)
    )[0],

  /** `today`: the owner's calendar day, which their consents' expiry is read on. */
  findPage: (ownerUserId: string, filter: { q?: string | undefined; includeArchived: boolean }, today: string) =>
    db
      .select({
        id: clients.id,
        name: clients.name,
        archivedAt: clients.archivedAt,
        createdAt: clients.createdAt,
        updatedAt: clients.updatedAt,
        activeConsents: activeConsentCount(today),
      })
      .from(clients)
      .where(
        and(
          eq(clients.ownerUserId, ownerUserId),
          filter.includeArchived ? undefined : isNull(clients.archivedAt),
          filter.q ? ilike(clients.name, `%${escapeLike(filter.q)}%`) : undefined,
        ),
      )
      .orderBy(asc(sql`lower(${clients.name})`), asc(clients.id))
      .limit(1000),

  insert: async (ownerUserId: string, values: ClientWrite): Promise<ClientRow> =>
    (
      await db
        .insert(clients)
        .values({ ...values, ownerUserId })
        .returning()
    )[0]!,

  update: async (ownerUserId: string, id: string, changes: Partial<ClientWrite>): Promise<ClientRow | undefined> =>
    (
      await db
        .update(clients)
        .set({ ...changes, updatedAt: new Date() })
        .where(and(eq(clients.id, id), eq(clients.ownerUserId, ownerUserId)))
        .returning()
    )[0],

  insertConsent: async (values: ConsentWrite): Promise<ConsentRow> =>
    (await db.insert(clientConsents).values(values).returning())[0]!,

  findConsents: async (clientId: string): Promise<ConsentWithParty[]> => {
    const rows = await db
      .select(consentColumns)
      .from(clientConsents)
      .leftJoin(profiles, eq(profiles.id, clientConsents.sharedWithProfileId))
      .leftJoin(contacts, eq(contacts.id, clientConsents.sharedWithContactId))
      .where(eq(clientConsents.clientId, clientId))
      .orderBy(desc(clientConsents.givenAt), desc(clientConsents.createdAt));
    return rows.map((row) => ({
      ...row.consent,
      partySlug: row.partySlug,
      partyName: row.partyName,
      contactMemberUserId: row.contactMemberUserId,
    }));
  },

  findConsent: async (clientId: string, consentId: string): Promise<ConsentWithParty | undefined> => {
    const row = (
      await db
        .select(consentColumns)
        .from(clientConsents)
        .leftJoin(profiles, eq(profiles.id, clientConsents.sharedWithProfileId))
        .leftJoin(contacts, eq(contacts.id, clientConsents.sharedWithContactId))
        .where(and(eq(clientConsents.id, consentId), eq(clientConsents.clientId, clientId)))
        .limit(1)
    )[0];
    return (
      row && {
        ...row.consent,
        partySlug: row.partySlug,
        partyName: row.partyName,
        contactMemberUserId: row.contactMemberUserId,
      }
    );
  },

  findConsentState: async (consentId: string) =>
    (
      await db
        .select({
          withdrawnAt: clientConsents.withdrawnAt,
          expiresOn: clientConsents.expiresOn,
          ownerUserId: clientConsents.ownerUserId,
        })
        .from(clientConsents)
        .where(eq(clientConsents.id, consentId))
        .limit(1)
    )[0],

  /** Withdraws once: the row comes back only when this call withdrew it. */
  withdrawConsent: async (clientId: string, consentId: string, reason: string): Promise<ConsentRow | undefined> =>
    (
      await db
        .update(clientConsents)
        .set({ withdrawnAt: new Date(), withdrawalReason: reason })
        .where(
          and(
            eq(clientConsents.id, consentId),
            eq(clientConsents.clientId, clientId),
            isNull(clientConsents.withdrawnAt),
          ),
        )
        .returning()
    )[0],

  isWithdrawn: async (clientId: string, consentId: string) =>
    (
      await db
        .select({ id: clientConsents.id })
        .from(clientConsents)
        .where(
          and(
            eq(clientConsents.id, consentId),
            eq(clientConsents.clientId, clientId),
            isNotNull(clientConsents.withdrawnAt),
          ),
        )
        .limit(1)
    ).length > 0,
});
export type ClientsRepository = ReturnType<typeof clientsRepository>;
