// The client-data audit log: append and read, nothing else (no update or delete exists on purpose).
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clientAccessLog } from '../../db/schema/index.ts';

export type AccessLogWrite = {
  clientId: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  referralId?: string | null | undefined;
};

export const clientAccessLogRepository = (db: Db) => ({
  append: async (entry: AccessLogWrite) => {
    await db.insert(clientAccessLog).values({ ...entry, referralId: entry.referralId ?? null });
  },
  findForClient: (clientId: string, limit: number) =>
    db
      .select({
        at: clientAccessLog.at,
        actorUserId: clientAccessLog.actorUserId,
        actorLabel: clientAccessLog.actorLabel,
        action: clientAccessLog.action,
        referralId: clientAccessLog.referralId,
      })
      .from(clientAccessLog)
      .where(eq(clientAccessLog.clientId, clientId))
      .orderBy(desc(clientAccessLog.at), desc(clientAccessLog.id))
      .limit(limit),
});
