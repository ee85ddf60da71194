// Conversations: starting one (a pair reuses its one-to-one), groups, sending and paging
// messages, unread counts per conversation and in total, and that only members see anything.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conversation, ConversationList, Message, MessageList } from '../../../contracts/messages.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('messages: conversations between members', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;
  let ana: Listed;

  const call = (who: Listed | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: who ? asMember(who.cookie) : { 'content-type': 'application/json', origin },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const start = async (who: Listed, body: { memberSlugs: string[]; title?: string }) => {
    const response = await call(who, 'POST', '/api/conversations', body);
    expect([200, 201], response.body).toContain(response.statusCode);
    return { status: response.statusCode, conversation: response.json<Conversation>() };
  };
  const send = async (who: Listed, conversationId: string, body: string) => {
    const response = await call(who, 'POST', `/api/conversations/${conversationId}/messages`, { body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Message>();
  };
  const inbox = async (who: Listed) => (await call(who, 'GET', '/api/conversations')).json<ConversationList>();

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, { displayName: 'Maria Alvarez', postalCode: '02116', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Okafor', postalCode: '02139', country: 'US' });
    lee = await listMember(app, { displayName: 'Lee Chen', postalCode: '02139', country: 'US' });
    ana = await listMember(app, { displayName: 'Ana Ruiz', postalCode: '02139', country: 'US' });
  });
  afterAll(async () => app?.cleanup());

  it('starts a one-to-one conversation once: the same pair, from either side, reopens it', async () => {
    const first = await start(maria, { memberSlugs: [sam.slug] });
    expect(first.status).toBe(201);
    expect(first.conversation).toMatchObject({ kind: 'direct', title: null, unreadCount: 0, lastMessage: null });
    expect(first.conversation.members.map((m) => m.slug)).toEqual([sam.slug]);
    const again = await start(maria, { memberSlugs: [sam.slug] });
    const reverse = await start(sam, { memberSlugs: [maria.slug] });
    expect(again).toMatchObject({ status: 200, conversation: { id: first.conversation.id } });
    expect(reverse).toMatchObject({ status: 200, conversation: { id: first.conversation.id } });
    expect(reverse.conversation.members.map((m) => m.slug)).toEqual([maria.slug]);
  });

  it('makes one conversation when both members start it at the same moment', async () => {
    const kim = await listMember(app, { displayName: 'Kim Park', postalCode: '02116', country: 'US' });
    const [one, other] = await Promise.all([
      start(kim, { memberSlugs: [ana.slug] }),
      start(ana, { memberSlugs: [kim.slug] }),
    ]);
    expect(one.conversation.id).toBe(other.conversation.id);
    expect([one.status, other.status].sort()).toEqual([200, 201]);
    expect((await inbox(kim)).items.filter((c) => c.members.some((m) => m.slug === ana.slug))).toHaveLength(1);
  });

  it('starts a group with a title, and refuses bad member lists naming the field', async () => {
    const group = await start(maria, { memberSlugs: [sam.slug, lee.slug], title: 'Boston study circle' });
    expect(group.status).toBe(201);
    expect(group.conversation).toMatchObject({ kind: 'group', title: 'Boston study circle' });
    expect(group.conversation.members.map((m) => m.slug).sort()).toEqual([lee.slug, sam.slug].sort());

    const cases: [unknown, string, number][] = [
      [{ memberSlugs: [] }, 'memberSlugs', 400],
      [{ memberSlugs: Array.from({ length: 8 }, (_, i) => `m${i}`) }, 'memberSlugs', 400],
      [{ memberSlugs: [maria.slug] }, 'memberSlugs', 400],
      [{ memberSlugs: ['nobody-by-this-name'] }, 'memberSlugs', 404],
      [{ memberSlugs: [sam.slug], title: 'A title for two' }, 'title', 400],
      [{ memberSlugs: [sam.slug], extra: true }, 'extra', 400],
    ];
    for (const [body, field, status] of cases) {
      const response = await call(maria, 'POST', '/api/conversations', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(JSON.stringify(response.json()), JSON.stringify(body)).toContain(field);
    }
  });

  it('sends messages, pages them newest first, and counts unread per conversation and in total', async () => {
    const { conversation } = await start(lee, { memberSlugs: [ana.slug] });
    const sent: Message[] = [];
    for (let i = 1; i <= 5; i++) sent.push(await send(i % 2 ? lee : ana, conversation.id, `Message ${i}`));
    expect(sent[0]).toMatchObject({
      mine: true,
      body: 'Message 1',
      sender: { slug: lee.slug, displayName: 'Lee Chen' },
    });

    const firstPage = (
      await call(ana, 'GET', `/api/conversations/${conversation.id}/messages?limit=2`)
    ).json<MessageList>();
    expect(firstPage.items.map((m) => m.body)).toEqual(['Message 5', 'Message 4']);
    expect(firstPage.items.map((m) => m.mine)).toEqual([false, true]);
    const rest = (
      await call(ana, 'GET', `/api/conversations/${conversation.id}/messages?limit=10&before=${firstPage.nextBefore}`)
    ).json<MessageList>();
    expect(rest).toEqual({ items: expect.any(Array) as unknown[], nextBefore: null });
    expect(rest.items.map((m) => m.body)).toEqual(['Message 3', 'Message 2', 'Message 1']);

    // Ana received messages 1, 3 and 5; Lee received 2 and 4.
    const anaInbox = await inbox(ana);
    expect(anaInbox.items.find((c) => c.id === conversation.id)).toMatchObject({
      unreadCount: 3,
      lastMessage: { body: 'Message 5', mine: false },
    });
    expect(anaInbox.items[0]!.id).toBe(conversation.id); // latest activity first
    expect(anaInbox.totalUnread).toBe(3);
    expect((await inbox(lee)).items.find((c) => c.id === conversation.id)!.unreadCount).toBe(2);

    const read = await call(ana, 'POST', `/api/conversations/${conversation.id}/read`, {});
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ conversationId: conversation.id, unreadCount: 0, totalUnread: 0 });
    expect((await inbox(ana)).totalUnread).toBe(0);
    expect((await inbox(lee)).items.find((c) => c.id === conversation.id)!.unreadCount).toBe(2);
    const one = await call(ana, 'GET', `/api/conversations/${conversation.id}`);
    expect(one.json()).toMatchObject({ id: conversation.id, unreadCount: 0, members: [{ slug: lee.slug }] });
  });

  it('refuses empty, too long and malformed messages, writing nothing', async () => {
    const { conversation } = await start(sam, { memberSlugs: [lee.slug] });
    const before = (await call(sam, 'GET', `/api/conversations/${conversation.id}/messages`)).json<MessageList>().items
      .length;
    const cases: [unknown, string][] = [
      [{ body: '' }, 'body'],
      [{ body: '   ' }, 'body'],
      [{ body: 'x'.repeat(4001) }, 'body'],
      [{}, 'body'],
      [{ body: 'hi', attachment: '../../etc/passwd' }, 'attachment'],
      [{ body: 'hi', attachment: `${'a'.repeat(32)}.pdf` }, 'attachment'],
    ];
    for (const [body, field] of cases) {
      const response = await call(sam, 'POST', `/api/conversations/${conversation.id}/messages`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field)).toContain(
        field,
      );
    }
    expect((await send(sam, conversation.id, 'x'.repeat(4000))).body).toHaveLength(4000);
    const after = (await call(sam, 'GET', `/api/conversations/${conversation.id}/messages`)).json<MessageList>().items
      .length;
    expect(after).toBe(before + 1);
    const badBefore = await call(sam, 'GET', `/api/conversations/${conversation.id}/messages?before=not-an-id`);
    expect(badBefore.statusCode).toBe(400);
  });

  it('answers the same 404 to a non-member and to an anonymous caller on every conversation route, and changes nothing', async () => {
    const { conversation } = await start(maria, { memberSlugs: [sam.slug] });
    await send(maria, conversation.id, 'Only for Sam');
    const id = conversation.id;
    const routes: ['GET' | 'POST', string, unknown?][] = [
      ['GET', `/api/conversations/${id}`],
      ['GET', `/api/conversations/${id}/messages`],
      ['POST', `/api/conversations/${id}/messages`, { body: 'Let me in' }],
      ['POST', `/api/conversations/${id}/read`, {}],
      ['GET', `/api/conversations/${id}/attachments/${'b'.repeat(32)}.png`],
    ];
    for (const [method, url, body] of routes) {
      const stranger = await call(ana, method, url, body);
      expect(stranger.statusCode, `${method} ${url}`).toBe(404);
      expect(stranger.json()).toMatchObject({ error: { code: 'not_found' } });
      const anonymous = await call(null, method, url, body);
      expect(anonymous.statusCode, `${method} ${url} anonymously: ${anonymous.body}`).toBe(404);
      expect(anonymous.json<{ error: unknown }>().error, `${method} ${url} anonymously`).toEqual(
        stranger.json<{ error: unknown }>().error,
      );
    }
    const uploadAs = (cookie: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: `/api/conversations/${id}/attachments`,
        headers: { ...cookie, origin, 'content-type': 'multipart/form-data; boundary=x' },
        payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n--x--\r\n',
      });
    const upload = await uploadAs({ cookie: ana.cookie });
    expect(upload.statusCode).toBe(404);
    const anonymousUpload = await uploadAs({});
    expect(anonymousUpload.statusCode, anonymousUpload.body).toBe(404);
    expect(anonymousUpload.json<{ error: unknown }>().error).toEqual(upload.json<{ error: unknown }>().error);
    expect((await call(null, 'GET', '/api/conversations')).statusCode).toBe(401);
    expect((await inbox(ana)).items.map((c) => c.id)).not.toContain(id);
    const history = (await call(sam, 'GET', `/api/conversations/${id}/messages`)).json<MessageList>();
    expect(history.items.map((m) => m.body)).not.toContain('Let me in');
    expect((await inbox(sam)).items.find((c) => c.id === id)!.unreadCount).toBeGreaterThan(0);
  });

  it('lists every conversation route in the OpenAPI document with the session security', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { security?: unknown }>>;
    }>();
    const ours = Object.entries(document.paths).filter(
      ([path]) => path.startsWith('/api/conversations') || path.startsWith('/api/members/') || path === '/api/ws',
    );
    expect(ours.map(([path]) => path).sort()).toEqual(
      [
        '/api/conversations',
        '/api/conversations/{id}',
        '/api/conversations/{id}/attachments',
        '/api/conversations/{id}/attachments/{file}',
        '/api/conversations/{id}/messages',
        '/api/conversations/{id}/read',
        '/api/members/{slug}/block',
        '/api/members/{slug}/report',
        '/api/ws',
      ].sort(),
    );
    for (const [path, operations] of ours)
      for (const [method, operation] of Object.entries(operations))
        expect(operation.security, `${method} ${path}`).toEqual([{ session: [] }]);
  });
});
