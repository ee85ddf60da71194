// Video rooms across server processes: two real servers on one PostgreSQL database, peers of one room
// on each. They learn of each other, signals and chat cross through NOTIFY both ways, and a host on
// one server removes a peer on the other. (The room kind is the test-only one: support/rooms.ts.)
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoom, roomToken, type RoomSocket } from './support/room-client.ts';
import { startServer, type ServerProcess } from './support/server-process.ts';
import { freshDatabaseConfig } from './support/test-app.ts';

// Reason: skipped only without TEST_DATABASE_URL, which CI sets (the embedded database is one process).
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  // reason: PostgreSQL only, without TEST_DATABASE_URL (CI requires it)
  'rooms across two server processes [postgres; skipped without TEST_DATABASE_URL: the embedded database is one process]',
  () => {
    const servers: ServerProcess[] = [];
    const sockets: RoomSocket[] = [];
    let cleanup = async () => {};
    let a: ServerProcess;
    let b: ServerProcess;

    const signUp = async (server: ServerProcess, name: string, email: string) => {
      const response = await fetch(`${server.url}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ name, email, password: 'a long enough password' }),
      });
      expect(response.status).toBe(200);
      return response.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
    };
    const enter = async (server: ServerProcess, cookie: string) => {
      const { status, body } = await roomToken(server.url, cookie, 'test-across');
      expect(status).toBe(200);
      const socket = await openRoom(server.url, cookie, body.token);
      sockets.push(socket);
      return socket;
    };

    beforeAll(async () => {
      const fresh = await freshDatabaseConfig('postgres');
      const env = {
        DATABASE_URL: fresh.config.database.kind === 'postgres' ? fresh.config.database.url : '',
        AUTH_SECRET: 'rooms-secret-rooms-secret-rooms-secret-00',
        ENCRYPTION_KEY: fresh.config.encryptionKey.toString('hex'),
        DATA_DIR: fresh.dataDir,
      };
      cleanup = async () => {
        await fresh.dropDatabase();
        rmSync(fresh.dataDir, { recursive: true, force: true });
      };
      const entry = ['test/support/rooms-server.ts'];
      [a, b] = await Promise.all([startServer(env, 60_000, entry), startServer(env, 60_000, entry)]);
      servers.push(a, b);
    }, 120_000);
    afterAll(async () => {
      for (const socket of sockets) await socket.close().catch(() => undefined);
      for (const server of servers) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      await cleanup();
    });

    it('relays roster, signals and chat between peers on different servers, and a host’s removal', async () => {
      const hostOnA = await enter(a, await signUp(a, 'Hana Host', 'host.hana@example.com'));
      const memberOnB = await enter(b, await signUp(b, 'Mia Member', 'member.mia@example.com'));
      const hostId = (await hostOnA.next('welcome')).self.id;
      const memberId = (await memberOnB.next('welcome')).self.id;
      await hostOnA.next('peer-joined', (f) => f.peer.id === memberId);
      await memberOnB.next('peer-present', (f) => f.peer.id === hostId);

      const offer = { description: { type: 'offer' as const, sdp: 'v=0\r\n' } };
      memberOnB.send({ type: 'signal', to: hostId, data: offer });
      expect(await hostOnA.next('signal')).toEqual({ type: 'signal', from: memberId, data: offer });
      hostOnA.send({ type: 'signal', to: memberId, data: { candidate: null } });
      await memberOnB.next('signal', (f) => f.from === hostId);
      hostOnA.send({ type: 'chat', text: 'Across servers' });
      await memberOnB.next('chat', (f) => f.text === 'Across servers' && f.name === 'Hana Host');

      hostOnA.send({ type: 'remove', peer: memberId });
      expect(await memberOnB.next('removed')).toEqual({ type: 'removed', reason: 'host' });
      expect((await memberOnB.closed).code).toBe(4003);
      await hostOnA.next('peer-left', (f) => f.peerId === memberId);
    });
  },
);
