// What the platform reads of an account: only when it was created (the new-account limits).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { user } from '../../db/schema/index.ts';

export const accountsRepository = (db: Db) => ({
  createdAt: async (userId: string) =>
    (await db.select({ createdAt: user.createdAt }).from(user).where(eq(user.id, userId)))[0]?.createdAt ?? null,
});
