// The one query the health check makes: is the database answering?
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

export const healthRepository = (db: Db) => ({
  ping: async () => void (await db.execute(sql`select 1`)),
});
