// Real-time across server processes: two real Kneadwork servers on one PostgreSQL database, a
// member's socket on each. A message posted through one server reaches the socket on the other
// (through LISTEN/NOTIFY), both ways — including one too large for a NOTIFY payload.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../src/contracts/messages.ts';
import { openSocket, type LiveSocket } from './support/realtime-client.ts';
import { startServer, type ServerProcess } from './support/server-process.ts';
import { freshDatabaseConfig } from './support/test-app.ts';

// Reason: skipped only without TEST_DATABASE_URL, which CI sets.
// Several processes sharing one database is what PostgreSQL mode is for; the embedded database is
// one process by definition, so this suite needs TEST_DATABASE_URL (the notice is printed at setup).
// PostgreSQL only (several server processes share one database): skipped without TEST_DATABASE_URL; CI sets POSTGRES_REQUIRED.
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  // reason: PostgreSQL only, without TEST_DATABASE_URL (CI requires it)
  'realtime across two server processes [postgres; skipped without TEST_DATABASE_URL: the embedded database is one process]',
  () => {
    const servers: ServerProcess[] = [];
    const sockets: LiveSocket[] = [];
    let cleanup = async () => {};
    let a: ServerProcess;
    let b: ServerProcess;

    type Member = { cookie: string; slug: string };
    const call = async (
      server: ServerProcess,
      member: Member | null,
      method: string,
      pathname: string,
      body?: unknown,
    ) =>
      fetch(`${server.url}${pathname}`, {
        method,
        headers: {
          'content-type': 'application/json',
          origin: server.url,
          ...(member ? { cookie: member.cookie } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const join = async (server: ServerProcess, name: string): Promise<Member> => {
      const signUp = await call(server, null, 'POST', '/api/auth/sign-up/email', {
        name,
        email: `${name.split(' ')[0]!.toLowerCase()}@example.com`,
        password: 'a long enough password',
      });
      expect(signUp.status).toBe(200);
      const cookie = signUp.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const profile = await call(server, { cookie, slug: '' }, 'PUT', '/api/me/profile', { visibility: 'members' });
      expect(profile.status).toBe(200);
      return { cookie, slug: ((await profile.json()) as { slug: string }).slug };
    };

    beforeAll(async () => {
      const fresh = await freshDatabaseConfig('postgres');
      const url = fresh.config.database.kind === 'postgres' ? fresh.config.database.url : '';
      const env = {
        DATABASE_URL: url,
        AUTH_SECRET: 'realtime-secret-realtime-secret-000000',
        ENCRYPTION_KEY: fresh.config.encryptionKey.toString('hex'),
        DATA_DIR: fresh.dataDir,
      };
      cleanup = async () => {
        await fresh.dropDatabase();
        rmSync(fresh.dataDir, { recursive: true, force: true });
      };
      [a, b] = await Promise.all([startServer(env), startServer(env)]);
      servers.push(a, b);
    });
    afterAll(async () => {
      for (const socket of sockets) await socket.close().catch(() => undefined);
      for (const server of servers) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      await cleanup();
    });

    it('delivers a message posted through one server to the other member’s socket on the other server, both ways', async () => {
      const maria = await join(a, 'Maria Alvarez');
      const sam = await join(b, 'Sam Okafor');
      const mariaOnA = await openSocket(a.url, maria.cookie, a.url);
      const samOnB = await openSocket(b.url, sam.cookie, b.url);
      sockets.push(mariaOnA, samOnB);

      const started = await call(a, maria, 'POST', '/api/conversations', { memberSlugs: [sam.slug] });
      expect(started.status).toBe(201);
      const { id } = (await started.json()) as { id: string };

      const viaA = await call(a, maria, 'POST', `/api/conversations/${id}/messages`, { body: 'Sent through server A' });
      expect(viaA.status).toBe(201);
      const sentA = (await viaA.json()) as Message;
      expect(await samOnB.next((e) => e.type === 'message.created' && (e.message as Message).id === sentA.id)).toEqual({
        type: 'message.created',
        message: { ...sentA, mine: false },
      });

      const viaB = await call(b, sam, 'POST', `/api/conversations/${id}/messages`, {
        body: 'Answered through server B',
      });
      const sentB = (await viaB.json()) as Message;
      expect(
        await mariaOnA.next((e) => e.type === 'message.created' && (e.message as Message).id === sentB.id),
      ).toEqual({ type: 'message.created', message: { ...sentB, mine: false } });

      // 4,000 three-byte characters: far over NOTIFY's 8,000-byte payload, so it travels by reference.
      const large = '€'.repeat(4000);
      const big = await call(a, maria, 'POST', `/api/conversations/${id}/messages`, { body: large });
      expect(big.status).toBe(201);
      const sentBig = (await big.json()) as Message;
      const bigEvent = await samOnB.next(
        (e) => e.type === 'message.created' && (e.message as Message).id === sentBig.id,
      );
      expect((bigEvent.message as Message).body).toBe(large);

      // Reading on B tells Sam's other devices, wherever they are connected.
      const samOnA = await openSocket(a.url, sam.cookie, a.url);
      sockets.push(samOnA);
      const read = await call(b, sam, 'POST', `/api/conversations/${id}/read`, {});
      expect(read.status).toBe(200);
      await samOnA.next((e) => e.type === 'conversation.read' && e.conversationId === id);
    });
  },
);
