// Parsed import files waiting for confirmation. The row's id is the token; it belongs to its owner
// and lives for an hour. Confirming claims it (confirmed_at) so it can be applied only once.
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { ImportRow } from '../../../contracts/contacts.ts';
import type { Db } from '../../db/client.ts';
import { contactImports } from '../../db/schema/index.ts';

export const importLifetimeMinutes = 60;
const fresh = sql`${contactImports.createdAt} > now() - make_interval(mins => ${importLifetimeMinutes})`;

export const contactImportsRepository = (db: Db) => ({
  insert: async (values: { ownerUserId: string; format: string; fileName: string; rows: ImportRow[] }) => {
    const [row] = await db.insert(contactImports).values(values).returning({ id: contactImports.id });
    return row!.id;
  },

  /** Where the owner's import stands, without its rows. */
  findState: async (ownerUserId: string, id: string) =>
    (
      await db
        .select({ confirmedAt: contactImports.confirmedAt, fresh: sql<boolean>`${fresh}` })
        .from(contactImports)
        .where(and(eq(contactImports.id, id), eq(contactImports.ownerUserId, ownerUserId)))
    )[0] ?? null,

  /** Marks a fresh, unconfirmed import confirmed and returns its rows; null when another confirm got there first. */
  claim: async (ownerUserId: string, id: string) =>
    (
      await db
        .update(contactImports)
        .set({ confirmedAt: sql`now()` })
        .where(
          and(
            eq(contactImports.id, id),
            eq(contactImports.ownerUserId, ownerUserId),
            isNull(contactImports.confirmedAt),
            fresh,
          ),
        )
        .returning({ rows: contactImports.rows })
    ).map((row) => row.rows as ImportRow[])[0] ?? null,

  deleteExpired: () =>
    db
      .delete(contactImports)
      .where(lt(contactImports.createdAt, sql`now() - make_interval(mins => ${importLifetimeMinutes * 2})`)),
});
