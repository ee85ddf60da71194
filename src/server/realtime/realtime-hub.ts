// The real-time hub: publish(userIds, event) reaches every socket of those users on every server
// process. Sockets on this process get the event at once; with PostgreSQL the event also goes out
// through NOTIFY on one channel, and every other process's LISTEN connection delivers it to its own
// sockets. The embedded database is one process by definition, so delivery stays in memory.
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Db, DatabaseKind } from '../db/client.ts';
import { localSockets, type Sink } from './local-sockets.ts';
import { pgListener, type PgListener } from './pg-listener.ts';
import { realtimeRepository } from './realtime.repository.ts';

export type RealtimeEvent = { type: string; [key: string]: unknown };
export type Delivery = { userIds: string[]; event: RealtimeEvent };

export type RealtimeHub = {
  /** Delivers the event to every connected socket of these users, on every process. */
  publish: (userIds: string[], event: RealtimeEvent) => Promise<void>;
  /** Several deliveries in one NOTIFY (e.g. a message to the others, and its `mine` copy to the sender). */
  publishEach: (deliveries: Delivery[]) => Promise<void>;
  /** Whether the user has a live socket on any process. */
  isOnline: (userId: string) => Promise<boolean>;
  /** Registers a socket; call the returned function when it closes. */
  connect: (userId: string, sink: Sink) => () => void;
  /**
   * Registers a sink under a key that is not a member (a video room, one peer of it): `publish([key])`
   * reaches it on every process like a member's socket, but no presence is recorded. Keys hold a ':'
   * (`room:circle:…`), which member ids never do, so the two never meet.
   */
  subscribe: (key: string, sink: Sink) => () => void;
  /** Sockets on this process. */
  localCount: () => number;
  close: () => Promise<void>;
};

type Log = { info: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };

// NOTIFY refuses payloads of 8000 bytes or more; keep a margin for the envelope.
const maxNotifyBytes = 7500;
const heartbeatMs = 30_000;
/** A process that has not refreshed its presence for this long is taken to be gone. */
export const presenceTtlSeconds = 90;

// o: the publishing instance; d: the deliveries inline, or r: the id of a stored list of them.
type Envelope = { o: string; d: { u: string[]; e: RealtimeEvent }[] } | { o: string; r: number };

export async function createRealtimeHub(
  config: Config,
  database: { db: Db; kind: DatabaseKind },
  log: Log,
): Promise<RealtimeHub> {
  const sockets = localSockets();
  const instanceId = randomUUID();
  const encode = (event: RealtimeEvent) => JSON.stringify(event);

  if (database.kind === 'pglite' || config.database.kind !== 'postgres') {
    return {
      async publish(userIds, event) {
        sockets.deliver(userIds, encode(event));
      },
      async publishEach(deliveries) {
        for (const { userIds, event } of deliveries) sockets.deliver(userIds, encode(event));
      },
      isOnline: async (userId) => sockets.has(userId),
      connect: (userId, sink) => sockets.add(userId, sink).remove,
      subscribe: (key, sink) => sockets.add(key, sink).remove,
      localCount: sockets.count,
      close: async () => {},
    };
  }

  const repo = realtimeRepository(database.db);
  // Notified events are handled one after another, so a large one (read back from the table)
  // never overtakes the small ones notified after it.
  let received = Promise.resolve();
  const receive = (payload: string) => {
    received = received
      .then(async () => {
        const envelope = JSON.parse(payload) as Envelope;
        if (envelope.o === instanceId) return; // delivered locally when published
        const deliveries = 'r' in envelope ? ((await repo.findStoredEvent(envelope.r))?.d ?? []) : envelope.d;
        for (const { u, e } of deliveries) sockets.deliver(u, encode(e));
      })
      .catch((error: unknown) => log.warn({ err: error }, 'realtime: could not deliver a notified event'));
  };
  const refreshPresence = () =>
    repo
      // Only members are present; subscribed keys (rooms) hold a ':'.
      .touchPresence(
        instanceId,
        sockets.users().filter((key) => !key.includes(':')),
      )
      .catch((error: unknown) => log.warn({ err: error }, 'realtime: presence refresh failed'));
  const listener: PgListener = pgListener(config.database.url, receive, log, () => void refreshPresence());
  // Start without waiting forever: if the LISTEN connection cannot be made (a transaction-mode
  // pooler, a firewall), requests still work and the listener keeps retrying in the background.
  let waited: NodeJS.Timeout | undefined;
  const listening = await Promise.race([
    listener.ready.then(() => true),
    new Promise<boolean>((resolve) => (waited = setTimeout(() => resolve(false), 10_000))),
  ]);
  clearTimeout(waited);
  if (!listening) log.warn({}, 'realtime: LISTEN is not connected yet; live events from other instances wait for it');

  // Presence writes run one after another, so a quick connect-disconnect never ends "present".
  let presenceWrites = Promise.resolve();
  const inOrder = (write: () => Promise<unknown>) => {
    presenceWrites = presenceWrites.then(write).then(
      () => undefined,
      (error: unknown) => log.warn({ err: error }, 'realtime: presence write failed'),
    );
  };

  const heartbeat = setInterval(() => {
    void refreshPresence();
    void repo.pruneStale(presenceTtlSeconds).catch(() => undefined);
  }, heartbeatMs);
  heartbeat.unref();

  async function publishEach(deliveries: Delivery[]) {
    const wanted = deliveries.filter((delivery) => delivery.userIds.length > 0);
    if (wanted.length === 0) return;
    for (const { userIds, event } of wanted) sockets.deliver(userIds, encode(event));
    const d = wanted.map(({ userIds, event }) => ({ u: userIds, e: event }));
    const inline = JSON.stringify({ o: instanceId, d } satisfies Envelope);
    if (Buffer.byteLength(inline) <= maxNotifyBytes) return repo.notify(inline);
    const id = await repo.storeEvent({ d });
    await repo.notify(JSON.stringify({ o: instanceId, r: id } satisfies Envelope));
  }

  return {
    publish: (userIds, event) => publishEach([{ userIds, event }]),
    publishEach,
    async isOnline(userId) {
      return sockets.has(userId) || repo.isPresent(userId, presenceTtlSeconds);
    },
    connect(userId, sink) {
      const { first, remove } = sockets.add(userId, sink);
      if (first) inOrder(() => repo.markPresent(instanceId, userId));
      return () => {
        if (remove()) inOrder(() => repo.markAbsent(instanceId, userId));
      };
    },
    subscribe: (key, sink) => sockets.add(key, sink).remove,
    localCount: sockets.count,
    async close() {
      clearInterval(heartbeat);
      await listener.close();
      await presenceWrites;
      await repo.forgetInstance(instanceId).catch(() => undefined);
    },
  };
}
