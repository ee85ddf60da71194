// The live socket in one process: who may open it (session cookie and our own Origin), what a
// member receives when a message is sent or a conversation read, and that strangers receive nothing.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Message } from '../src/contracts/messages.ts';
import { listMember, type Listed } from './support/listed-members.ts';
import { asMember } from './support/members.ts';
import { openSocket, upgradeStatus, type LiveSocket } from './support/realtime-client.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from './support/test-app.ts';

describeEachDatabase('realtime: the /api/ws socket', (kind) => {
  let app: TestApp;
  let base: string;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;
  const sockets: LiveSocket[] = [];
  const connect = async (who: Listed) => {
    const socket = await openSocket(base, who.cookie, origin);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    maria = await listMember(app, { displayName: 'Maria Alvarez', postalCode: '02116', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Okafor', postalCode: '02139', country: 'US' });
    lee = await listMember(app, { displayName: 'Lee Chen', postalCode: '02139', country: 'US' });
  });
  afterAll(async () => {
    for (const socket of sockets) await socket.close().catch(() => undefined);
    await app?.cleanup();
  });

  it('opens only with a session cookie and our own Origin', async () => {
    expect(await upgradeStatus(base, { origin })).toBe(401);
    expect(await upgradeStatus(base, { origin, cookie: 'kneadwork.session_token=forged' })).toBe(401);
    expect(await upgradeStatus(base, { origin: 'https://evil.example', cookie: sam.cookie })).toBe(403);
    expect(await upgradeStatus(base, { cookie: sam.cookie })).toBe(403);
    expect(await upgradeStatus(base, { origin, cookie: sam.cookie })).toBe(101);
    const plain = await app.inject({ method: 'GET', url: '/api/ws', headers: asMember(sam.cookie) });
    expect(plain.statusCode).toBe(400);
  });

  it('pushes message.created to the members (and the sender’s other tabs), and nothing to strangers', async () => {
    const samSocket = await connect(sam);
    const mariaSocket = await connect(maria);
    const leeSocket = await connect(lee);
    const started = await app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: asMember(maria.cookie),
      payload: { memberSlugs: [sam.slug] },
    });
    const conversationId = started.json<{ id: string }>().id;
    const posted = await app.inject({
      method: 'POST',
      url: `/api/conversations/${conversationId}/messages`,
      headers: asMember(maria.cookie),
      payload: { body: 'Can you see my client Thursday?' },
    });
    expect(posted.statusCode).toBe(201);
    const sent = posted.json<Message>();

    const received = await samSocket.next((event) => event.type === 'message.created');
    expect(received).toEqual({ type: 'message.created', message: { ...sent, mine: false } });
    const echoed = await mariaSocket.next((event) => event.type === 'message.created');
    expect(echoed).toEqual({ type: 'message.created', message: sent });

    // Lee's own event arrives after Maria's message went out: by then, anything for Lee would have too.
    const leeTalk = await app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: asMember(lee.cookie),
      payload: { memberSlugs: [maria.slug] },
    });
    await app.inject({
      method: 'POST',
      url: `/api/conversations/${leeTalk.json<{ id: string }>().id}/messages`,
      headers: asMember(lee.cookie),
      payload: { body: 'Hello Maria' },
    });
    await leeSocket.next(
      (event) => event.type === 'message.created' && (event.message as Message).body === 'Hello Maria',
    );
    expect(
      leeSocket.events
        .filter((event) => event.type === 'message.created')
        .map((event) => (event.message as Message).body),
    ).toEqual(['Hello Maria']);
  });

  it('tells the reader’s other sockets that a conversation was read', async () => {
    const phone = await connect(sam);
    const started = await app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: asMember(lee.cookie),
      payload: { memberSlugs: [sam.slug] },
    });
    const conversationId = started.json<{ id: string }>().id;
    await app.inject({
      method: 'POST',
      url: `/api/conversations/${conversationId}/messages`,
      headers: asMember(lee.cookie),
      payload: { body: 'Cover me next week?' },
    });
    await phone.next(
      (event) => event.type === 'message.created' && (event.message as Message).conversationId === conversationId,
    );
    const read = await app.inject({
      method: 'POST',
      url: `/api/conversations/${conversationId}/read`,
      headers: asMember(sam.cookie),
      payload: {},
    });
    expect(read.statusCode).toBe(200);
    const event = await phone.next((e) => e.type === 'conversation.read' && e.conversationId === conversationId);
    expect(event).toMatchObject({ unreadCount: 0, totalUnread: read.json<{ totalUnread: number }>().totalUnread });
  });

  it('in a group, a member who blocked the sender gets the message in history but not live', async () => {
    const kim = await listMember(app, { displayName: 'Kim Park', postalCode: '02116', country: 'US' });
    const group = await app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: asMember(kim.cookie),
      payload: { memberSlugs: [sam.slug, lee.slug], title: 'Cover rota' },
    });
    const groupId = group.json<{ id: string }>().id;
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/members/${sam.slug}/block`,
          headers: asMember(kim.cookie),
          payload: {},
        })
      ).statusCode,
    ).toBe(200);
    const kimSocket = await connect(kim);
    const leeSocket = await connect(lee);
    const posted = await app.inject({
      method: 'POST',
      url: `/api/conversations/${groupId}/messages`,
      headers: asMember(sam.cookie),
      payload: { body: 'Who covers Friday?' },
    });
    expect(posted.statusCode).toBe(201);
    await leeSocket.next(
      (event) => event.type === 'message.created' && (event.message as Message).id === posted.json<Message>().id,
    );
    const fromLee = await app.inject({
      method: 'POST',
      url: `/api/conversations/${groupId}/messages`,
      headers: asMember(lee.cookie),
      payload: { body: 'I can' },
    });
    await kimSocket.next(
      (event) => event.type === 'message.created' && (event.message as Message).id === fromLee.json<Message>().id,
    );
    expect(
      kimSocket.events
        .filter((event) => event.type === 'message.created')
        .map((event) => (event.message as Message).body),
    ).toEqual(['I can']);
    const history = await app.inject({
      method: 'GET',
      url: `/api/conversations/${groupId}/messages`,
      headers: asMember(kim.cookie),
    });
    expect(history.json<{ items: Message[] }>().items.map((m) => m.body)).toEqual(['I can', 'Who covers Friday?']);
  });

  it('answers ping with pong and refuses anything else, keeping the socket open', async () => {
    const socket = await connect(lee);
    socket.send('{"type":"ping"}');
    await socket.next((event) => event.type === 'pong');
    socket.send('{"type":"message.created","body":"spoofed"}');
    await socket.next((event) => event.type === 'error');
    socket.send('not json');
    socket.send('{"type":"ping"}');
    await socket.next((event) => event.type === 'pong' && socket.events.filter((e) => e.type === 'pong').length === 2);
    expect(socket.events.filter((event) => event.type === 'error')).toHaveLength(2);
  });

  it('closes the sockets when the server shuts down', async () => {
    const socket = await connect(maria);
    const other = await createTestApp(kind);
    await other.listen({ port: 0, host: '127.0.0.1' });
    const otherBase = `http://127.0.0.1:${(other.server.address() as AddressInfo).port}`;
    const member = await listMember(other, { displayName: 'Kim Park', postalCode: '02116', country: 'US' });
    const live = await openSocket(otherBase, member.cookie, origin);
    await other.cleanup();
    expect((await live.closed).code).toBeGreaterThan(0);
    // The first server's socket is untouched.
    socket.send('{"type":"ping"}');
    await socket.next((event) => event.type === 'pong');
  });
});
