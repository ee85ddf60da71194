// Bulk writes for generated data: each batch is one JSON parameter expanded by
// json_populate_recordset, so a thousand rows cost one statement per table on either database
// (PGlite has no COPY FROM STDIN through our worker; this is nearly as fast on PostgreSQL).
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { account, profiles, user } from '../db/schema/index.ts';
import type { SeedProfessional } from './professionals.ts';

type Table = typeof profiles | typeof user | typeof account;

/** Rows keyed by the table's property names → JSON keyed by column names, plus the column list. */
function asRecordset(table: Table, rows: Record<string, unknown>[]) {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const names = keys.map((key) => columns[key]!.name);
  const json = JSON.stringify(
    rows.map((row) => Object.fromEntries(keys.map((key, i): [string, unknown] => [names[i]!, row[key] ?? null]))),
  );
  return { names, json };
}

function insertStatement(table: Table, tableName: string, rows: Record<string, unknown>[]): SQL {
  const { names, json } = asRecordset(table, rows);
  const list = sql.join(
    names.map((name) => sql.identifier(name)),
    sql`, `,
  );
  return sql`insert into ${sql.identifier(tableName)} (${list}) select ${list} from json_populate_recordset(null::${sql.identifier(tableName)}, ${json}::json)`;
}

export const seedRepository = (db: Db) => ({
  /** Users, their password accounts (all sharing one hash) and profiles, in one transaction. */
  insertProfessionals: async (batch: SeedProfessional[], passwordHash: string) => {
    if (batch.length === 0) return;
    const now = new Date().toISOString();
    await db.transaction(async (tx) => {
      await tx.execute(
        insertStatement(
          user,
          'user',
          batch.map(({ user: who }) => ({ ...who, emailVerified: true, createdAt: now, updatedAt: now })),
        ),
      );
      await tx.execute(
        insertStatement(
          account,
          'account',
          batch.map(({ user: who }) => ({
            id: `acct${who.id}`,
            accountId: who.id,
            providerId: 'credential',
            userId: who.id,
            password: passwordHash,
            createdAt: now,
            updatedAt: now,
          })),
        ),
      );
      await tx.execute(
        insertStatement(
          profiles,
          'profiles',
          batch.map(({ profile }) => profile),
        ),
      );
    });
  },
  userExists: async (email: string) =>
    (await db.execute(sql`select 1 from ${user} where ${user.email} = ${email}`)).rows.length > 0,
  countProfiles: async () =>
    Number((await db.execute<{ n: number }>(sql`select count(*)::int as n from ${profiles}`)).rows[0]?.n ?? 0),
  analyze: async () => void (await db.execute(sql`analyze`)),
});
