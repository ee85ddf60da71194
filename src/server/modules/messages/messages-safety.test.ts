// Block, report and the new-account daily limit: a blocked member cannot start a conversation with
// or message the blocker, and learns nothing (the answers are those for a member or conversation
// that does not exist); reports are stored for moderation; new accounts get 429 past the limit.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Message } from '../../../contracts/messages.ts';
import { moderationReports, moderationReporters } from '../../db/schema/index.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const dailyLimit = 3;

describeEachDatabase('messages: block, report and the new-account limit', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;

  const call = (who: Listed, method: 'GET' | 'POST' | 'DELETE', url: string, payload: object = {}) =>
    app.inject({ method, url, headers: asMember(who.cookie), payload });
  const start = async (who: Listed, slugs: string[]) => call(who, 'POST', '/api/conversations', { memberSlugs: slugs });

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { NEW_ACCOUNT_DAILY_MESSAGES: String(dailyLimit) } });
    maria = await listMember(app, { displayName: 'Maria Alvarez', postalCode: '02116', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Okafor', postalCode: '02139', country: 'US' });
    lee = await listMember(app, { displayName: 'Lee Chen', postalCode: '02139', country: 'US' });
    // Maria and Sam are established members; Lee's account is new.
    await app.database.db.execute(
      `UPDATE "user" SET created_at = now() - interval '30 days' WHERE email IN ('${maria.email}', '${sam.email}')`,
    );
  });
  afterAll(async () => app?.cleanup());

  it('a blocked member gets the answers for a stranger, until unblocked', async () => {
    const existing = (await start(sam, [maria.slug])).json<{ id: string }>().id;
    expect(
      (await call(sam, 'POST', `/api/conversations/${existing}/messages`, { body: 'Before the block' })).statusCode,
    ).toBe(201);

    const blocked = await call(maria, 'POST', `/api/members/${sam.slug}/block`);
    expect(blocked.statusCode).toBe(200);
    expect(blocked.json()).toEqual({ slug: sam.slug, blocked: true });
    expect((await call(maria, 'POST', `/api/members/${sam.slug}/block`)).statusCode).toBe(200); // twice is fine

    const asStranger = await start(sam, ['no-such-member-anywhere']);
    const toBlocker = await start(sam, [maria.slug]);
    expect(toBlocker.statusCode).toBe(asStranger.statusCode);
    expect(toBlocker.json<{ error: unknown }>().error).toEqual({
      ...asStranger.json<{ error: object }>().error,
      message: expect.any(String) as string,
      details: [{ field: 'memberSlugs', message: expect.any(String) as string }],
    });
    expect(toBlocker.statusCode).toBe(404);
    expect((await start(sam, [maria.slug, lee.slug])).statusCode).toBe(404);
    const message = await call(sam, 'POST', `/api/conversations/${existing}/messages`, { body: 'After the block' });
    expect(message.statusCode).toBe(404);
    expect(message.json()).toMatchObject({ error: { code: 'not_found' } });
    // The blocker still writes and reads; nothing from Sam arrived after the block.
    const history = (await call(maria, 'GET', `/api/conversations/${existing}/messages`)).json<{ items: Message[] }>();
    expect(history.items.map((m) => m.body)).toEqual(['Before the block']);

    const unblocked = await call(maria, 'DELETE', `/api/members/${sam.slug}/block`);
    expect(unblocked.json()).toEqual({ slug: sam.slug, blocked: false });
    expect(
      (await call(sam, 'POST', `/api/conversations/${existing}/messages`, { body: 'After unblocking' })).statusCode,
    ).toBe(201);
    expect((await call(maria, 'POST', '/api/members/nobody-here/block')).statusCode).toBe(404);
    expect((await call(maria, 'POST', `/api/members/${maria.slug}/block`)).statusCode).toBe(400);
  });

  it('files a report in the admin queue with a copy of the reported message, and refuses messages the reporter cannot see', async () => {
    const id = (await start(sam, [lee.slug])).json<{ id: string }>().id;
    const sent = (
      await call(sam, 'POST', `/api/conversations/${id}/messages`, { body: 'Buy my course now!!!' })
    ).json<Message>();
    const report = await call(lee, 'POST', `/api/members/${sam.slug}/report`, {
      reason: 'spam',
      details: 'Unsolicited selling',
      messageId: sent.id,
    });
    expect(report.statusCode, report.body).toBe(201);
    expect(report.json()).toMatchObject({ reason: 'spam', id: expect.any(String) as string });
    const rows = await app.database.db.select().from(moderationReports);
    expect(rows.find((row) => row.id === report.json<{ id: string }>().id)).toMatchObject({
      kind: 'message',
      itemId: sent.id,
      excerpt: 'Buy my course now!!!',
      status: 'open',
    });
    const reporters = await app.database.db.select().from(moderationReporters);
    expect(reporters.filter((row) => row.reportId === report.json<{ id: string }>().id)).toMatchObject([
      { reason: 'spam: Unsolicited selling' },
    ]);

    expect(
      (await call(maria, 'POST', `/api/members/${sam.slug}/report`, { reason: 'spam', messageId: sent.id })).statusCode,
    ).toBe(404);
    expect(
      (await call(lee, 'POST', `/api/members/${maria.slug}/report`, { reason: 'spam', messageId: sent.id })).statusCode,
    ).toBe(404);
    const bad = await call(lee, 'POST', `/api/members/${sam.slug}/report`, { reason: 'rude' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('reason');
    expect((await call(lee, 'POST', '/api/members/nobody-here/report', { reason: 'other' })).statusCode).toBe(404);
  });

  it('limits a new account to the daily number of messages with 429 and Retry-After; older accounts are not limited', async () => {
    const id = (await start(lee, [maria.slug])).json<{ id: string }>().id;
    // Lee may already have used none; the limit counts every conversation.
    for (let i = 1; i <= dailyLimit; i++)
      expect((await call(lee, 'POST', `/api/conversations/${id}/messages`, { body: `Hello ${i}` })).statusCode).toBe(
        201,
      );
    const refused = await call(lee, 'POST', `/api/conversations/${id}/messages`, { body: 'One too many' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(3600);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    const history = (await call(maria, 'GET', `/api/conversations/${id}/messages`)).json<{ items: Message[] }>();
    expect(history.items.map((m) => m.body)).not.toContain('One too many');

    for (let i = 1; i <= dailyLimit + 2; i++)
      expect((await call(maria, 'POST', `/api/conversations/${id}/messages`, { body: `Reply ${i}` })).statusCode).toBe(
        201,
      );
  });

  it('holds the limit exactly when a new account sends many messages at once', async () => {
    const kim = await listMember(app, { displayName: 'Kim Park', postalCode: '02116', country: 'US' });
    const id = (await start(kim, [maria.slug])).json<{ id: string }>().id;
    const burst = await Promise.all(
      Array.from({ length: dailyLimit + 3 }, (_, i) =>
        call(kim, 'POST', `/api/conversations/${id}/messages`, { body: `Burst ${i}` }),
      ),
    );
    expect(burst.map((r) => r.statusCode).sort()).toEqual([
      ...Array<number>(dailyLimit).fill(201),
      ...Array<number>(3).fill(429),
    ]);
    const history = (await call(maria, 'GET', `/api/conversations/${id}/messages`)).json<{ items: Message[] }>();
    expect(history.items).toHaveLength(dailyLimit);
  });
});
