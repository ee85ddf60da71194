// The hub's statements: NOTIFY, events too large for a NOTIFY payload, and presence rows.
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { realtimeEvents, realtimePresence } from '../db/schema/index.ts';
import { eventsChannel } from './pg-listener.ts';

type StoredEvent = { d: { u: string[]; e: { type: string; [key: string]: unknown } }[] };

export const realtimeRepository = (db: Db) => ({
  notify: async (payload: string) => {
    await db.execute(sql`SELECT pg_notify(${eventsChannel}, ${payload})`);
  },
  storeEvent: async (event: StoredEvent) => {
    // Old events were delivered long ago (receivers read them within milliseconds of the NOTIFY).
    await db.delete(realtimeEvents).where(lt(realtimeEvents.createdAt, sql`now() - interval '10 minutes'`));
    const [row] = await db.insert(realtimeEvents).values({ payload: event }).returning({ id: realtimeEvents.id });
    return row!.id;
  },
  findStoredEvent: async (id: number) => {
    const [row] = await db
      .select({ payload: realtimeEvents.payload })
      .from(realtimeEvents)
      .where(eq(realtimeEvents.id, id));
    return (row?.payload as StoredEvent | undefined) ?? null;
  },
  markPresent: (instanceId: string, userId: string) =>
    db
      .insert(realtimePresence)
      .values({ instanceId, userId })
      .onConflictDoUpdate({
        target: [realtimePresence.userId, realtimePresence.instanceId],
        set: { seenAt: sql`now()` },
      }),
  markAbsent: (instanceId: string, userId: string) =>
    db
      .delete(realtimePresence)
      .where(and(eq(realtimePresence.instanceId, instanceId), eq(realtimePresence.userId, userId))),
  /** The heartbeat: this process's users are still here (and rows lost in a reconnect come back). */
  touchPresence: async (instanceId: string, userIds: string[]) => {
    if (userIds.length === 0) return;
    await db
      .insert(realtimePresence)
      .values(userIds.map((userId) => ({ instanceId, userId })))
      .onConflictDoUpdate({
        target: [realtimePresence.userId, realtimePresence.instanceId],
        set: { seenAt: sql`now()` },
      });
  },
  pruneStale: (ttlSeconds: number) =>
    db.delete(realtimePresence).where(lt(realtimePresence.seenAt, sql`now() - make_interval(secs => ${ttlSeconds})`)),
  isPresent: async (userId: string, ttlSeconds: number) => {
    const rows = await db
      .select({ userId: realtimePresence.userId })
      .from(realtimePresence)
      .where(
        and(
          eq(realtimePresence.userId, userId),
          gt(realtimePresence.seenAt, sql`now() - make_interval(secs => ${ttlSeconds})`),
        ),
      )
      .limit(1);
    return rows.length > 0;
  },
  forgetInstance: (instanceId: string) =>
    db.delete(realtimePresence).where(eq(realtimePresence.instanceId, instanceId)),
});
