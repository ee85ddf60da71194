// Video rooms in one process: who gets a token (the owning module's admission; everyone else the
// stranger's 404), who may open the socket, and what peers hear from each other — the roster,
// signals between the first four only, the side chat for everyone, a raised hand, host actions
// asked again of the admission, the waiting room, and a member revoked at once.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUp } from '../../../../test/support/members.ts';
import { openRoom, roomToken, roomUpgradeStatus, type RoomSocket } from '../../../../test/support/room-client.ts';
import { registerTestRooms } from '../../../../test/support/rooms.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';
import { chatBurst } from './room-peer.ts';

type Member = { cookie: string; email: string };
const offer = { description: { type: 'offer' as const, sdp: 'v=0\r\n' } };

describeEachDatabase('rooms: tokens and the signaling socket', (kind) => {
  let app: TestApp;
  let base: string;
  let host: Member;
  let members: Member[];
  let guest: Member;
  let stranger: Member;
  const sockets: RoomSocket[] = [];
  const join = async (who: Member, room: string) => {
    const { status, body } = await roomToken(base, who.cookie, room);
    expect(status).toBe(200);
    const socket = await openRoom(base, who.cookie, body.token);
    sockets.push(socket);
    return socket;
  };
  const leaveAll = async () => {
    for (const socket of sockets.splice(0)) await socket.close().catch(() => undefined);
  };

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { ICE_SERVERS: '[{"urls":"stun:stun.example.org:3478"}]' } });
    registerTestRooms(app.services);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    host = await signUp(app, 'Hana Host', 'host.hana@example.com');
    members = [];
    for (const name of ['Mia', 'Max', 'Moe', 'Mel'])
      members.push(await signUp(app, `${name} Member`, `member.${name.toLowerCase()}@example.com`));
    guest = await signUp(app, 'Gus Guest', 'guest.gus@example.com');
    stranger = await signUp(app, 'Sid Stranger', 'sid@example.com');
  });
  afterAll(async () => {
    await leaveAll();
    await app?.cleanup();
  });

  it('gives admitted members a short-lived mesh token with the ICE servers, and everyone else the same 404', async () => {
    const { status, body } = await roomToken(base, members[0]!.cookie, 'test-one');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      mode: 'mesh',
      maxPeers: 4,
      livekit: null,
      role: 'participant',
      waiting: false,
      displayName: 'Mia Member',
      roomTitle: 'Test room one',
      iceServers: [{ urls: 'stun:stun.example.org:3478' }],
    });
    const ttl = Date.parse(body.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(60_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    expect((await roomToken(base, host.cookie, 'test-one')).body.role).toBe('host');
    expect((await roomToken(base, guest.cookie, 'test-one')).body.waiting).toBe(true);

    const refused = await roomToken(base, stranger.cookie, 'test-one');
    const missing = await roomToken(base, members[0]!.cookie, 'nothing-here');
    const unknownKind = await roomToken(base, members[0]!.cookie, 'test-one', 'circle');
    const anonymous = await roomToken(base, '', 'test-one');
    for (const answer of [refused, missing, unknownKind, anonymous]) {
      expect(answer.status).toBe(404);
      expect((answer.body as unknown as { error: unknown }).error).toEqual({
        code: 'not_found',
        message: 'No such room',
      });
    }
  });

  it('opens the socket only with our Origin, the session, and a valid token of the same member', async () => {
    const { body } = await roomToken(base, members[0]!.cookie, 'test-one');
    expect(
      await roomUpgradeStatus(base, body.token, { origin: 'https://evil.example', cookie: members[0]!.cookie }),
    ).toBe(403);
    expect(await roomUpgradeStatus(base, body.token, { origin })).toBe(401);
    expect(await roomUpgradeStatus(base, body.token, { origin, cookie: members[1]!.cookie })).toBe(404);
    const [payload, signature] = body.token.split('.');
    const altered = `${Buffer.from(Buffer.from(payload!, 'base64url').toString().replace('test-one', 'test-two')).toString('base64url')}.${signature}`;
    expect(await roomUpgradeStatus(base, altered, { origin, cookie: members[0]!.cookie })).toBe(404);
    expect(await roomUpgradeStatus(base, body.token, { origin, cookie: members[0]!.cookie })).toBe(101);
    const plain = await app.inject({
      method: 'GET',
      url: `/api/rooms/ws?token=${body.token}`,
      headers: { origin, cookie: members[0]!.cookie },
    });
    expect(plain.statusCode).toBe(400);
  });

  it('tells peers who is there, relays signals only to the addressed peer, and chat and hands to all', async () => {
    const a = await join(members[0]!, 'test-mesh');
    const b = await join(members[1]!, 'test-mesh');
    const c = await join(members[2]!, 'test-mesh');
    const [ida, idb, idc] = await Promise.all([a, b, c].map(async (s) => (await s.next('welcome')).self.id));
    await a.next('peer-joined', (f) => f.peer.id === idb);
    await a.next('peer-joined', (f) => f.peer.id === idc);
    await c.next('peer-present', (f) => f.peer.id === ida && f.peer.name === 'Mia Member');
    await c.next('peer-present', (f) => f.peer.id === idb);

    a.send({ type: 'signal', to: idb!, data: offer });
    expect(await b.next('signal')).toEqual({ type: 'signal', from: ida, data: offer });
    c.send({ type: 'chat', text: '  Hello, room  ' });
    for (const socket of [a, b, c])
      expect(await socket.next('chat')).toMatchObject({ from: idc, name: 'Moe Member', text: 'Hello, room' });
    b.send({ type: 'hand', raised: true });
    await a.next('peer-updated', (f) => f.peer.id === idb && f.peer.hand);
    await b.close();
    await a.next('peer-left', (f) => f.peerId === idb);
    expect(c.events.filter((f) => f.type === 'signal')).toEqual([]);
    await leaveAll();
  });

  it('paces the side chat: a burst goes through, the next line at once is refused with words', async () => {
    const a = await join(members[0]!, 'test-chat-pace');
    const b = await join(members[1]!, 'test-chat-pace');
    await Promise.all([a.next('welcome'), b.next('welcome')]);
    for (let line = 1; line <= chatBurst + 1; line += 1) a.send({ type: 'chat', text: `line ${line}` });
    expect((await a.next('error')).message).toMatch(/faster than the room can read/);
    await b.next('chat', (f) => f.text === `line ${chatBurst}`);
    expect(b.events.filter((f) => f.type === 'chat').map((f) => (f as { text: string }).text)).not.toContain(
      `line ${chatBurst + 1}`,
    );
    await leaveAll();
  });

  it('keeps a fifth peer out of the media (room full) but in the chat; a place frees when someone leaves', async () => {
    const first = [await join(host, 'test-full')];
    for (const member of members.slice(0, 3)) first.push(await join(member, 'test-full'));
    const ids = await Promise.all(first.map(async (s) => (await s.next('welcome')).self.id));
    const fifth = await join(members[3]!, 'test-full');
    const fifthId = (await fifth.next('welcome')).self.id;
    for (const id of ids) await fifth.next('peer-present', (f) => f.peer.id === id);
    fifth.send({ type: 'signal', to: ids[0]!, data: offer });
    expect(await fifth.next('error')).toEqual({
      type: 'error',
      message: 'The room is full: media is only between the first peers',
    });
    first[0]!.send({ type: 'signal', to: fifthId, data: offer });
    await first[0]!.next('error');
    fifth.send({ type: 'chat', text: 'Can you hear me? (I can read along)' });
    await first[1]!.next('chat', (f) => f.from === fifthId);

    await first[3]!.close();
    await fifth.next('peer-left', (f) => f.peerId === ids[3]);
    fifth.send({ type: 'signal', to: ids[1]!, data: offer });
    await first[1]!.next('signal', (f) => f.from === fifthId);
    await leaveAll();
  });

  it('lets only a host mute or remove, asking the admission again', async () => {
    const hostSocket = await join(host, 'test-host');
    const a = await join(members[0]!, 'test-host');
    const ida = (await a.next('welcome')).self.id;
    const idHost = (await hostSocket.next('welcome')).self.id;
    await hostSocket.next('peer-joined', (f) => f.peer.id === ida);
    a.send({ type: 'remove', peer: idHost });
    expect(await a.next('error')).toEqual({ type: 'error', message: 'Only a host may do that' });
    hostSocket.send({ type: 'mute', peer: ida });
    expect(await a.next('muted-by-host')).toEqual({ type: 'muted-by-host', by: 'Hana Host' });
    hostSocket.send({ type: 'remove', peer: ida });
    expect(await a.next('removed')).toEqual({ type: 'removed', reason: 'host' });
    expect((await a.closed).code).toBe(4003);
    await hostSocket.next('peer-left', (f) => f.peerId === ida);
    await leaveAll();
  });

  it('holds a guest in the waiting room until a host lets them in', async () => {
    const waiting = await join(guest, 'test-lobby');
    expect(waiting.events[0]).toEqual({ type: 'waiting', roomTitle: 'Test room lobby' });
    waiting.send({ type: 'chat', text: 'Let me in?' });
    expect(await waiting.next('error')).toEqual({ type: 'error', message: 'Wait until a host lets you in' });
    const a = await join(members[0]!, 'test-lobby');
    await a.next('welcome');
    const hostSocket = await join(host, 'test-lobby');
    const knock = await hostSocket.next('knock');
    expect(knock.peer.name).toBe('Gus Guest');
    expect(a.events.some((f) => f.type === 'knock')).toBe(false);
    hostSocket.send({ type: 'admit', peer: knock.peer.id });
    const welcome = await waiting.next('welcome');
    expect(welcome.self).toMatchObject({ id: knock.peer.id, role: 'participant' });
    await a.next('peer-joined', (f) => f.peer.id === knock.peer.id);
    await leaveAll();
  });

  it('ends a revoked member’s socket at once, and refuses their next one', async () => {
    const a = await join(members[0]!, 'test-revoke');
    await a.next('welcome');
    await app.services.rooms.rooms.revoke('test', 'test-revoke', await userIdOf(members[0]!));
    expect(await a.next('removed')).toEqual({ type: 'removed', reason: 'admission' });
    expect((await a.closed).code).toBe(4003);
  });

  const userIdOf = async (who: Member) => {
    const session = await app.inject({ url: '/api/auth/get-session', headers: { cookie: who.cookie } });
    return session.json<{ user: { id: string } }>().user.id;
  };
});
