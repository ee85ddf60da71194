// The notification centre through the API: what notify() stores (once per dedupe key), the list
// with its unread count and paging, marking read, members' isolation, the live push to a connected
// member, and email preferences.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Notification, NotificationList, NotificationPreferences } from '../../../contracts/notifications.ts';
import type { AppContext } from '../../context.ts';
import { user } from '../../db/schema/index.ts';
import { notificationsService } from './notifications.service.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const memberActor = (userId: string) => ({ kind: 'member' as const, userId, email: '', name: '', emailVerified: true });

describeEachDatabase('notifications', (kind) => {
  let app: TestApp;
  let maria: { cookie: string; id: string };
  let lee: { cookie: string; id: string };
  let service: ReturnType<typeof notificationsService>;
  let notify: ReturnType<typeof notificationsService>['notify'];
  const published: { userIds: string[]; event: unknown }[] = [];

  const member = async (name: string, email: string) => {
    const { cookie } = await signUp(app, name, email);
    const [row] = await app.database.db.select({ id: user.id }).from(user).where(eq(user.email, email));
    return { cookie, id: row!.id };
  };
  const list = async (cookie: string, query = '') => {
    const response = await app.inject({ method: 'GET', url: `/api/notifications${query}`, headers: asMember(cookie) });
    expect(response.statusCode).toBe(200);
    return response.json<NotificationList>();
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await member('Maria Alvarez', 'maria.notify@example.com');
    lee = await member('Lee Chen', 'lee.notify@example.com');
    // A stand-in for the messages module's hub: the context only needs publish and isOnline.
    const realtime = {
      publish: (userIds: string[], event: unknown) => void published.push({ userIds, event }),
      isOnline: () => false,
    };
    service = notificationsService({ db: app.database.db, realtime } as unknown as AppContext);
    notify = service.notify;
  });
  afterAll(() => app.cleanup());

  it('stores a notification once per dedupe key, pushes it live, and lists it newest first with the unread count', async () => {
    const r1 = { type: 'referral', id: 'r1' } as const;
    await notify({
      userId: maria.id,
      kind: 'referral.received',
      actor: 'Lee',
      subject: r1,
      facts: { urgency: 'soon' },
      dedupeKey: 'referral:r1:sent',
    });
    await notify({
      userId: maria.id,
      kind: 'referral.received',
      actor: 'Lee again',
      subject: r1,
      dedupeKey: 'referral:r1:sent',
    });
    await notify({ userId: maria.id, kind: 'trade.proposed', actor: 'Lee', subject: { type: 'trade', id: 't1' } });
    // The same key for another member is another notification.
    await notify({
      userId: lee.id,
      kind: 'referral.received',
      actor: 'Maria',
      subject: r1,
      dedupeKey: 'referral:r1:sent',
    });

    const mine = await list(maria.cookie);
    expect(mine.unreadCount).toBe(2);
    expect(mine.items.map((n) => [n.kind, n.category, n.title])).toEqual([
      ['trade.proposed', 'trades', 'Lee proposes a treatment trade'],
      ['referral.received', 'referrals', 'Lee referred a client to you'],
    ]);
    expect(mine.items[1]!.body).toBe('Urgency: soon. Open the referral to read it.');
    expect(mine.items.map((n) => n.link)).toEqual(['/app/trades/t1', '/app/referrals/r1']);
    expect((await list(lee.cookie)).items.map((n) => n.title)).toEqual(['Maria referred a client to you']);

    expect(published).toHaveLength(3);
    expect(published[0]).toEqual({
      userIds: [maria.id],
      event: {
        type: 'notification',
        notification: expect.objectContaining({ kind: 'referral.received', readAt: null }) as unknown,
      },
    });
  });

  it('never throws on an odd kind or an unknown member, stores nothing it has no words for, and works without a hub', async () => {
    const bare = notificationsService({ db: app.database.db } as unknown as AppContext);
    const odd = (input: Record<string, unknown>) => bare.notify(input as unknown as Parameters<typeof bare.notify>[0]);
    await odd({ userId: lee.id, kind: '  ', subject: { type: 'referral', id: 'r1' } });
    await odd({ userId: lee.id, kind: 'something.new', title: 'Hello', subject: { type: 'referral', id: 'r1' } });
    // Free text smuggled past the types goes nowhere: a notice has only its fixed words.
    await odd({
      userId: lee.id,
      kind: 'referral.thanks',
      actor: 'Ana',
      subject: { type: 'referral', id: 'r2' },
      title: 'Thanks for seeing Rachel',
      body: 'Rachel',
      facts: { urgency: 'Rachel', from: 'Rachel' },
    });
    await expect(
      bare.notify({
        userId: 'no-such-member',
        kind: 'message.received',
        actor: 'x',
        subject: { type: 'conversation', id: 'c1' },
      }),
    ).resolves.toBeUndefined();
    const items = (await list(lee.cookie)).items;
    expect(items.map((n) => n.kind)).toEqual(['referral.thanks', 'referral.received']);
    expect(JSON.stringify(items)).not.toContain('Rachel');
  });

  it('marks one or all read; another member gets 404 for someone else’s notification', async () => {
    const [newest] = (await list(maria.cookie)).items;
    const stranger = await app.inject({
      method: 'POST',
      url: `/api/notifications/${newest!.id}/read`,
      headers: asMember(lee.cookie),
      payload: {},
    });
    expect(stranger.statusCode).toBe(404);
    expect((await list(maria.cookie)).unreadCount).toBe(2);

    const read = await app.inject({
      method: 'POST',
      url: `/api/notifications/${newest!.id}/read`,
      headers: asMember(maria.cookie),
      payload: {},
    });
    expect(read.statusCode).toBe(200);
    expect(read.json<Notification>().readAt).not.toBeNull();
    const unread = await list(maria.cookie, '?unread=true');
    expect(unread.unreadCount).toBe(1);
    expect(unread.items.map((n) => n.kind)).toEqual(['referral.received']);
    expect((await list(maria.cookie, '?unread=false')).items.map((n) => n.id)).toEqual([newest!.id]);

    const all = await app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: asMember(maria.cookie),
      payload: {},
    });
    expect(all.json()).toEqual({ marked: 1, unreadCount: 0 });
    expect((await list(lee.cookie)).unreadCount).toBe(2);
  });

  it('tells the member’s other tabs when notifications are read', async () => {
    await notify({ userId: maria.id, kind: 'away.thanks', actor: 'Lee', subject: { type: 'away', id: 'a1' } });
    const [latest] = (await list(maria.cookie, '?unread=true')).items;
    await service.markRead(memberActor(maria.id), latest!.id);
    expect(published.at(-1)).toEqual({
      userIds: [maria.id],
      event: { type: 'notifications.read', ids: [latest!.id], unreadCount: 0 },
    });
    await expect(service.markRead(memberActor(lee.id), latest!.id)).rejects.toThrow(/not found/i);
  });

  it('pages with before=<id> without repeating or skipping', async () => {
    for (let i = 0; i < 5; i++)
      await notify({
        userId: lee.id,
        kind: 'message.received',
        actor: `Sender ${i}`,
        subject: { type: 'conversation', id: 'c1' },
      });
    const first = await list(lee.cookie, '?limit=3');
    expect(first.nextBefore).toBe(first.items[2]!.id);
    const second = await list(lee.cookie, `?limit=3&before=${first.nextBefore}`);
    const third = await list(lee.cookie, `?limit=3&before=${second.nextBefore}`);
    expect(third.nextBefore).toBeNull();
    const titles = [...first.items, ...second.items, ...third.items].map((n) => n.title);
    expect(titles).toHaveLength(7);
    expect(new Set(titles.slice(0, 5))).toEqual(new Set([0, 1, 2, 3, 4].map((i) => `New message from Sender ${i}`)));
    // Another member's id is no cursor of mine.
    const foreign = (await list(maria.cookie)).items[0]!.id;
    const refused = await app.inject({
      method: 'GET',
      url: `/api/notifications?before=${foreign}`,
      headers: asMember(lee.cookie),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/^Before /);
  });

  it('refuses bad input with 400 naming the field, and anonymous callers with 401', async () => {
    const bad = async (url: string, field: RegExp) => {
      const response = await app.inject({ method: 'GET', url, headers: asMember(maria.cookie) });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(field);
    };
    await bad('/api/notifications?unread=maybe', /^Unread /);
    await bad('/api/notifications?before=not-an-id', /^Before /);
    await bad('/api/notifications?limit=0', /^Limit /);
    const badId = await app.inject({
      method: 'POST',
      url: '/api/notifications/42/read',
      headers: asMember(maria.cookie),
      payload: {},
    });
    expect(badId.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/notifications/preferences' })).statusCode).toBe(401);
  });

  it('documents every notification route in OpenAPI behind the session', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { security?: unknown }>>;
    }>();
    for (const [path, method] of [
      ['/api/notifications', 'get'],
      ['/api/notifications/{id}/read', 'post'],
      ['/api/notifications/read-all', 'post'],
      ['/api/notifications/preferences', 'get'],
      ['/api/notifications/preferences', 'put'],
    ] as const) {
      expect(spec.paths[path]?.[method]?.security, `${method} ${path}`).toEqual([{ session: [] }]);
    }
  });

  it('keeps email preferences per category, batched and weekly digest by default, and validates them', async () => {
    const get = async () =>
      (
        await app.inject({ method: 'GET', url: '/api/notifications/preferences', headers: asMember(maria.cookie) })
      ).json<NotificationPreferences>();
    const put = (payload: Record<string, unknown>) =>
      app.inject({ method: 'PUT', url: '/api/notifications/preferences', headers: asMember(maria.cookie), payload });
    const initial = await get();
    expect(initial.weeklyDigest).toBe(true);
    expect(initial.email.referrals).toBe('batched');
    expect(initial.email.messages).toBe('batched');

    expect((await put({ email: { referrals: 'instant' } })).statusCode).toBe(200);
    const changed = await put({ email: { messages: 'off' }, weeklyDigest: false });
    expect(changed.json<NotificationPreferences>()).toMatchObject({
      weeklyDigest: false,
      email: { referrals: 'instant', messages: 'off', trades: 'batched' },
    });
    expect(await get()).toEqual(changed.json());

    for (const [payload, field] of [
      [{ email: { referrals: 'sometimes' } }, /^Email referrals /],
      [{ email: { gossip: 'off' } }, /^Email gossip /],
      [{ weeklyDigest: 'yes' }, /^Weekly digest /],
      [{ colour: 'blue' }, /^Colour /],
    ] as const) {
      const response = await put(payload);
      expect(response.statusCode).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(field);
    }
    // Lee's preferences are untouched by Maria's.
    const lees = (
      await app.inject({ method: 'GET', url: '/api/notifications/preferences', headers: asMember(lee.cookie) })
    ).json<NotificationPreferences>();
    expect(lees.email.referrals).toBe('batched');
  });
});
