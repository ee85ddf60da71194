// Circle discussions go through the platform's new-account limit on posts, like the growth boards
// (and the messages' own limit): an account younger than 7 days starts at most
// NEW_ACCOUNT_DAILY_POSTS threads and replies a day, then gets 429 with Retry-After; an older one is not limited.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ThreadSummary } from '../../../../contracts/discussions.ts';
import { user } from '../../../db/schema/index.ts';
import { circleCall, joined, startCircle } from '../../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

const place = { postalCode: '59801', country: 'US' as const };
const dailyPosts = 3;

describeEachDatabase('circle discussions: the new-account post limit', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let fresh: Listed;
  let seasoned: Listed;
  let circleId: string;

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { NEW_ACCOUNT_DAILY_POSTS: String(dailyPosts) } });
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...place });
    fresh = await listMember(app, { displayName: 'Nia Newcomer', ...place });
    seasoned = await listMember(app, { displayName: 'Otto Oldhand', ...place });
    await app.database.db
      .update(user)
      .set({ createdAt: sql`now() - interval '30 days'` })
      .where(eq(user.email, seasoned.email));
    circleId = (await startCircle(app, maria, { name: 'Missoula Peer Support', postalCode: '59801' })).id;
    for (const who of [fresh, seasoned]) await joined(app, who, circleId);
  });
  afterAll(async () => app?.cleanup());

  const post = (who: Listed, threadId: string, body: string) =>
    circleCall(app, who, 'POST', `/api/threads/${threadId}/posts`, { body });
  const start = (who: Listed, title: string) =>
    circleCall(app, who, 'POST', `/api/circles/${circleId}/threads`, { title, category: 'general', body: 'Hello all' });

  it('counts threads and replies together and answers 429 with Retry-After past the limit', async () => {
    const first = await start(fresh, 'Hello from a new member');
    expect(first.statusCode, first.body).toBe(201);
    const threadId = first.json<ThreadSummary>().id;
    for (let i = 2; i <= dailyPosts; i++) expect((await post(fresh, threadId, `Reply ${i}`)).statusCode).toBe(201);

    const refused = await post(fresh, threadId, 'One too many');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await start(fresh, 'Another thread')).statusCode).toBe(429);
    const read = await circleCall(app, maria, 'GET', `/api/threads/${threadId}`);
    expect(read.json<{ posts: unknown[] }>().posts).toHaveLength(dailyPosts);
  });

  it('does not limit an account older than a week', async () => {
    const thread = await start(seasoned, 'An old hand says hello');
    expect(thread.statusCode).toBe(201);
    const threadId = thread.json<ThreadSummary>().id;
    for (let i = 0; i < dailyPosts + 2; i++)
      expect((await post(seasoned, threadId, `Reply ${i}`)).statusCode).toBe(201);
  });
});
