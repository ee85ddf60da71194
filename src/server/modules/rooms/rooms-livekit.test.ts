// With LIVEKIT_* set, rooms use LiveKit: the token answer carries LiveKit's address and a JWT with
// the right grants (join this room, publish, subscribe; room admin for hosts only) and a short life,
// decoded here as LiveKit would (the SFU itself does not run in tests). No cap, no media over our socket.
import type { AddressInfo } from 'node:net';
import { TokenVerifier } from 'livekit-server-sdk';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import { signUp } from '../../../../test/support/members.ts';
import { openRoom, roomToken, type RoomSocket } from '../../../../test/support/room-client.ts';
import { registerTestRooms } from '../../../../test/support/rooms.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const livekit = {
  LIVEKIT_URL: 'wss://livekit.example.org',
  LIVEKIT_API_KEY: 'APIkneadworktest',
  LIVEKIT_API_SECRET: 'a-livekit-secret-of-at-least-32-characters',
};
type Claims = {
  iss: string;
  sub: string;
  name: string;
  nbf: number;
  exp: number;
  video: Record<string, unknown>;
};
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Claims;

describeEachDatabase('rooms with LiveKit', (kind) => {
  let app: TestApp;
  let base: string;
  const sockets: RoomSocket[] = [];

  beforeAll(async () => {
    app = await createTestApp(kind, { env: livekit });
    registerTestRooms(app.services);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const socket of sockets) await socket.close().catch(() => undefined);
    await app?.cleanup();
  });

  it('mints a short-lived LiveKit token: join, publish, subscribe in this room; admin for hosts only', async () => {
    const host = await signUp(app, 'Hana Host', 'host.hana@example.com');
    const member = await signUp(app, 'Mia Member', 'member.mia@example.com');
    const asHost = await roomToken(base, host.cookie, 'test-big');
    const asMember = await roomToken(base, member.cookie, 'test-big');
    for (const answer of [asHost, asMember]) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ mode: 'livekit', maxPeers: null, livekit: { url: livekit.LIVEKIT_URL } });
    }
    const hostClaims = claimsOf(asHost.body.livekit!.token);
    const memberClaims = claimsOf(asMember.body.livekit!.token);
    expect(hostClaims.video).toEqual({
      room: 'test:test-big',
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
      roomAdmin: true,
    });
    expect(memberClaims.video).toEqual({ ...hostClaims.video, roomAdmin: false });
    expect(memberClaims).toMatchObject({ iss: livekit.LIVEKIT_API_KEY, name: 'Mia Member' });
    expect(memberClaims.exp - memberClaims.nbf).toBe(300);
    expect(memberClaims.exp * 1000 - Date.now()).toBeLessThanOrEqual(300_000);
    // Signed with the API secret: LiveKit's own verifier accepts it, and refuses it under another secret.
    const verified = await new TokenVerifier(livekit.LIVEKIT_API_KEY, livekit.LIVEKIT_API_SECRET).verify(
      asMember.body.livekit!.token,
    );
    expect(verified.video?.roomJoin).toBe(true);
    await expect(
      new TokenVerifier(livekit.LIVEKIT_API_KEY, 'another-secret-another-secret-another-secret').verify(
        asMember.body.livekit!.token,
      ),
    ).rejects.toThrow();
  });

  it('gives a waiting guest LiveKit access only when a host lets them in, and carries no media on the socket', async () => {
    const host = await signUp(app, 'Hal Host', 'host.hal@example.com');
    const guest = await signUp(app, 'Gus Guest', 'guest.gus@example.com');
    const guestToken = await roomToken(base, guest.cookie, 'test-lobby');
    expect(guestToken.body).toMatchObject({ waiting: true, livekit: null });
    const waiting = await openRoom(base, guest.cookie, guestToken.body.token);
    const hostSocket = await openRoom(base, host.cookie, (await roomToken(base, host.cookie, 'test-lobby')).body.token);
    sockets.push(waiting, hostSocket);
    const knock = await hostSocket.next('knock');
    hostSocket.send({ type: 'admit', peer: knock.peer.id });
    const welcome = await waiting.next('welcome');
    expect(welcome.mode).toBe('livekit');
    expect(claimsOf(welcome.livekit!.token)).toMatchObject({ name: 'Gus Guest', video: { roomAdmin: false } });
    waiting.send({ type: 'signal', to: (await hostSocket.next('welcome')).self.id, data: { candidate: null } });
    expect(await waiting.next('error')).toMatchObject({ type: 'error' });
  });
});

it('refuses a partial LiveKit setting and ICE servers that are not a JSON list of STUN/TURN addresses', () => {
  const base = { DATA_DIR: '/tmp/kneadwork-config-test', AUTH_SECRET: 'x'.repeat(32), ENCRYPTION_KEY: 'ab'.repeat(32) };
  expect(() => loadConfig({ ...base, LIVEKIT_URL: livekit.LIVEKIT_URL })).toThrow(ConfigError);
  expect(() => loadConfig({ ...base, ICE_SERVERS: 'stun:stun.example.org' })).toThrow(/ICE_SERVERS/);
  expect(() => loadConfig({ ...base, ICE_SERVERS: '[{"urls":"http://example.org"}]' })).toThrow(/ICE_SERVERS/);
  const turn = [{ urls: ['turn:turn.example.org:3478'], username: 'u', credential: 'c' }];
  expect(loadConfig({ ...base, ICE_SERVERS: JSON.stringify(turn) }).rooms).toEqual({ iceServers: turn, livekit: null });
  expect(loadConfig({ ...base, ...livekit }).rooms.livekit).toEqual({
    url: livekit.LIVEKIT_URL,
    apiKey: livekit.LIVEKIT_API_KEY,
    apiSecret: livekit.LIVEKIT_API_SECRET,
  });
});
