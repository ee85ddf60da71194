// The database half of a backup: every table as JSON rows, read in one REPEATABLE READ
// transaction so the copy is one moment of the database while the server keeps writing; and the
// way back in, into a freshly migrated database.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

type Rows<T> = { rows: T[] };
export type TableName = { schema: string; name: string };
const quoted = ({ schema, name }: TableName) => `"${schema.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`;
const loadBatch = 500;

async function listTables(db: Db): Promise<TableName[]> {
  // drizzle's own table (the applied migrations) goes too, so a restore can tell which version made the backup.
  const result = (await db.execute(
    sql`select table_schema as schema, table_name as name from information_schema.tables where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle') order by 1, 2`,
  )) as unknown as Rows<TableName>;
  return result.rows;
}

export const backupTablesRepository = (db: Db) => ({
  /** Hands each table's rows (JSON text, one per row) to `write`, all from one snapshot. */
  dump: (write: (table: TableName, rows: string[]) => Promise<void>) =>
    db.transaction(
      async (tx) => {
        for (const table of await listTables(tx)) {
          const result = (await tx.execute(
            sql.raw(`select row_to_json(t)::text as r from ${quoted(table)} t`),
          )) as unknown as Rows<{ r: string }>;
          await write(
            table,
            result.rows.map((row) => row.r),
          );
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    ),

  /** Migration hashes applied to this database. */
  appliedMigrations: async () =>
    (
      (await db.execute(sql`select hash from drizzle.__drizzle_migrations`)) as unknown as Rows<{ hash: string }>
    ).rows.map((row) => row.hash),

  /**
   * Replaces every public table's rows with the backup's, in one transaction. Foreign keys are
   * not checked while loading (the rows were consistent when dumped), and sequences move past
   * the highest restored value.
   */
  load: (read: (table: TableName) => Promise<string[] | null>) =>
    db.transaction(async (tx) => {
      const tables = (await listTables(tx as unknown as Db)).filter((table) => table.schema === 'public');
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql.raw(`truncate ${tables.map(quoted).join(', ')}`));
      for (const table of tables) {
        const rows = await read(table);
        if (!rows || rows.length === 0) continue;
        const columns = (await tx.execute(
          sql`select column_name as name from information_schema.columns where table_schema = ${table.schema} and table_name = ${table.name} and is_generated = 'NEVER' order by ordinal_position`,
        )) as unknown as Rows<{ name: string }>;
        const inBackup = new Set(Object.keys(JSON.parse(rows[0]!) as object));
        const list = columns.rows
          .filter((column) => inBackup.has(column.name))
          .map((column) => `"${column.name.replaceAll('"', '""')}"`)
          .join(', ');
        for (let start = 0; start < rows.length; start += loadBatch) {
          const batch = `[${rows.slice(start, start + loadBatch).join(',')}]`;
          await tx.execute(
            sql`${sql.raw(`insert into ${quoted(table)} (${list}) overriding system value select ${list} from json_populate_recordset(null::${quoted(table)}, `)}${batch}::json)`,
          );
        }
      }
      const serials = (await tx.execute(
        sql`select table_name as table, column_name as column from information_schema.columns where table_schema = 'public' and column_default like 'nextval(%'`,
      )) as unknown as Rows<{ table: string; column: string }>;
      for (const { table, column } of serials.rows) {
        const target = quoted({ schema: 'public', name: table });
        await tx.execute(
          sql`select setval(pg_get_serial_sequence(${target}, ${column}), coalesce((select max(${sql.identifier(column)}) from ${sql.raw(target)}), 0) + 1, false)`,
        );
      }
    }),
});
