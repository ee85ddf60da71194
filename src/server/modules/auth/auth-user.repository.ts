// The account row as the auth additions need it (Better Auth owns the table and its writes).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { user } from '../../db/schema/index.ts';

export const authUserRepository = (db: Db) => ({
  findByEmail: async (email: string) =>
    (await db.select({ email: user.email, name: user.name }).from(user).where(eq(user.email, email)).limit(1))[0] ??
    null,
});
