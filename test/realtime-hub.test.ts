// The hub on its own: two hubs on one PostgreSQL database stand for two server processes. Events
// cross between them, presence is seen from either, and a lost LISTEN connection comes back.
import { rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase, type Database } from '../src/server/db/client.ts';
import { createRealtimeHub, type RealtimeHub } from '../src/server/realtime/realtime-hub.ts';
import { freshDatabaseConfig } from './support/test-app.ts';

const quiet = { info: () => {}, warn: () => {} };

/** A sink that collects frames and can wait for one. */
function inbox() {
  const frames: { type: string; [key: string]: unknown }[] = [];
  let wake: () => void = () => {};
  return {
    frames,
    sink: (frame: string) => {
      frames.push(JSON.parse(frame) as { type: string });
      wake();
    },
    async waitFor(count: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (frames.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} frames, got ${frames.length}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      }
      return frames;
    },
  };
}

describe('realtime hub, embedded database (one process)', () => {
  it('delivers in process to every socket of the named users only, and knows who is online', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: '/tmp/kneadwork-hub-unused',
      AUTH_SECRET: 'x'.repeat(32),
      ENCRYPTION_KEY: 'ab'.repeat(32),
    });
    const hub = await createRealtimeHub(config, { db: null as never, kind: 'pglite' }, quiet);
    const [tab, phone, other] = [inbox(), inbox(), inbox()];
    const closeTab = hub.connect('u1', tab.sink);
    hub.connect('u1', phone.sink);
    hub.connect('u2', other.sink);
    await hub.publish(['u1'], { type: 'notification', title: 'Hi' });
    expect(tab.frames).toEqual([{ type: 'notification', title: 'Hi' }]);
    expect(phone.frames).toHaveLength(1);
    expect(other.frames).toHaveLength(0);
    expect(await hub.isOnline('u1')).toBe(true);
    expect(await hub.isOnline('u3')).toBe(false);
    closeTab();
    expect(await hub.isOnline('u1')).toBe(true); // the phone is still connected
    expect(hub.localCount()).toBe(2);
    await hub.close();
  });
});

// Reason: two hubs on one PostgreSQL database need TEST_DATABASE_URL (CI sets it); the embedded database is one process.
// PostgreSQL only (LISTEN/NOTIFY across instances): skipped without TEST_DATABASE_URL; CI sets POSTGRES_REQUIRED.
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  // reason: PostgreSQL only, without TEST_DATABASE_URL (CI requires it)
  'realtime hub, PostgreSQL (two processes; skipped without TEST_DATABASE_URL)',
  () => {
    let database: Database;
    let hubA: RealtimeHub;
    let hubB: RealtimeHub;
    let url = '';
    let cleanup = async () => {};

    beforeAll(async () => {
      const fresh = await freshDatabaseConfig('postgres');
      url = fresh.config.database.kind === 'postgres' ? fresh.config.database.url : '';
      database = await openDatabase(fresh.config.database);
      hubA = await createRealtimeHub(fresh.config, database, quiet);
      hubB = await createRealtimeHub(fresh.config, database, quiet);
      cleanup = async () => {
        await fresh.dropDatabase();
        rmSync(fresh.dataDir, { recursive: true, force: true });
      };
    });
    afterAll(async () => {
      await hubA?.close();
      await hubB?.close();
      await database?.close();
      await cleanup();
    });

    it('carries events from one hub to sockets on the other, small and large, and sees presence across', async () => {
      const onB = inbox();
      const leave = hubB.connect('user-b', onB.sink);
      await hubA.publish(['user-b', 'nobody'], { type: 'notification', n: 1 });
      await hubA.publish(['user-b'], { type: 'notification', n: 2, text: '€'.repeat(5000) });
      await hubA.publish(['someone-else'], { type: 'notification', n: 3 });
      await hubA.publish(['user-b'], { type: 'notification', n: 4 });
      const frames = await onB.waitFor(3);
      expect(frames.map((f) => f.n)).toEqual([1, 2, 4]);
      expect(frames[1]!.text).toBe('€'.repeat(5000));

      const waitFor = async (check: () => Promise<boolean>) => {
        for (let i = 0; i < 100 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
        return check();
      };
      expect(await waitFor(() => hubA.isOnline('user-b'))).toBe(true);
      leave();
      expect(await waitFor(async () => !(await hubA.isOnline('user-b')))).toBe(true);
    });

    it('reconnects its LISTEN connection when PostgreSQL drops it, and delivers again', async () => {
      const onB = inbox();
      hubB.connect('user-r', onB.sink);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'kneadwork-realtime' AND datname = current_database()`,
      );
      expect(killed.rowCount).toBe(2);
      // Publish until B's new LISTEN connection hears one (events sent while it was down are lost,
      // which is why clients refetch after reconnecting: docs/realtime.md).
      for (let attempt = 0; attempt < 200 && onB.frames.length === 0; attempt++) {
        await hubA.publish(['user-r'], { type: 'notification', attempt });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(onB.frames.length).toBeGreaterThan(0);
      const listening = await admin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'kneadwork-realtime' AND datname = current_database()`,
      );
      expect(listening.rows[0]!.n).toBeGreaterThanOrEqual(1);
      await admin.end();
    });
  },
);
