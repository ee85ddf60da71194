// The embedded database's own guarantees: the extension-order trap stays fixed, and a runaway
// statement is cancelled instead of hanging the server.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { freshDatabaseConfig } from '../../../test/support/test-app.ts';

describe('embedded database (PGlite)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('answers a trigram similarity query and the query after it (cube loaded first)', async () => {
    const { config, dataDir } = await freshDatabaseConfig('pglite');
    dirs.push(dataDir);
    const database = await openDatabase(config.database);
    await database.db.execute(sql`create temporary table names (name text)`);
    await database.db.execute(sql`insert into names values ('Jane Smith'), ('Robert Jones')`);
    const similar = await database.db.execute(sql`select name from names where name % 'Jane Smyth'`);
    expect(similar.rows).toEqual([{ name: 'Jane Smith' }]);
    const next = await database.db.execute(
      sql`select round((earth_distance(ll_to_earth(40.7484, -73.9967), ll_to_earth(42.3601, -71.0589)) / 1609.344)::numeric) as miles`,
    );
    expect(Number((next.rows as { miles: string }[])[0]!.miles)).toBeGreaterThan(180);
    await database.close();
  });

  it('cancels a statement that runs past the deadline, and keeps committed data', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-timeout-'));
    dirs.push(dir);
    const database = await openDatabase({ kind: 'pglite', dir, queryTimeoutMs: 1500 });
    await database.db.execute(sql`create table kept (id int)`);
    await database.db.execute(sql`insert into kept values (1)`);
    await expect(database.db.execute(sql`select count(*) from generate_series(1, 2000000000)`)).rejects.toMatchObject({
      cause: { code: 'query_timeout' },
    });
    const after = await database.db.execute(sql`select count(*)::int as n from kept`);
    expect(after.rows).toEqual([{ n: 1 }]);
    await database.close();
  });
});
