// Circle discussions as members use them: threads and replies, unread marks, mentions that tell
// only members, the support category whose words never reach a notification or an email, Markdown
// sanitised on the server, and the organizers' pin, lock, hide and the reports they read.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Post, PostReport, ThreadDetail, ThreadSummary } from '../../../../contracts/discussions.ts';
import {
  circleCall,
  errorOf,
  joined,
  memberIdOf,
  startCircle,
  uploadPdf,
} from '../../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { notificationsOf, userIdOf } from '../../../../../test/support/network.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';
import { sendNotificationEmails } from '../../notifications/notification-email.service.ts';

const place = { postalCode: '59801', country: 'US' as const };
// What a member confides in the support category: it must never leave the thread.
const confided = 'My client Harriet relapsed and I feel I failed her';

describeEachDatabase('circle discussions', (kind) => {
  let app: TestApp;
  let maria: Listed; // organizer
  let sam: Listed;
  let dana: Listed;
  let lee: Listed; // not a member
  let circleId: string;
  const ids: Record<string, string> = {};

  const startThread = async (who: Listed, body: Record<string, unknown>) => {
    const response = await circleCall(app, who, 'POST', `/api/circles/${circleId}/threads`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<ThreadSummary>();
  };
  const reply = async (who: Listed, threadId: string, body: string) => {
    const response = await circleCall(app, who, 'POST', `/api/threads/${threadId}/posts`, { body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Post>();
  };
  const listFor = async (who: Listed, query = '') =>
    (await circleCall(app, who, 'GET', `/api/circles/${circleId}/threads${query}`)).json<{ items: ThreadSummary[] }>()
      .items;
  const read = async (who: Listed, threadId: string) => {
    const response = await circleCall(app, who, 'GET', `/api/threads/${threadId}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ThreadDetail>();
  };

  beforeAll(async () => {
    // Every member here is a new account: the new-account post limit is tested in discussions-new-accounts.test.ts.
    app = await createTestApp(kind, { env: { NEW_ACCOUNT_DAILY_POSTS: '1000' } });
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...place });
    sam = await listMember(app, { displayName: 'Sam Okafor', ...place });
    dana = await listMember(app, { displayName: 'Dana Reyes', ...place });
    lee = await listMember(app, { displayName: 'Lee Chen', ...place });
    circleId = (await startCircle(app, maria, { name: 'Missoula Peer Support', postalCode: '59801' })).id;
    for (const who of [sam, dana]) await joined(app, who, circleId);
    for (const [name, who] of Object.entries({ maria, sam, dana, lee })) ids[name] = await userIdOf(app, who);
  });
  afterAll(async () => app?.cleanup());

  it('starts a thread and takes replies; the other members see it unread until they open it', async () => {
    const thread = await startThread(maria, {
      title: 'Low back after long drives',
      category: 'general',
      body: 'Ideas?',
    });
    expect(thread).toMatchObject({
      category: 'general',
      posts: 1,
      unread: 0,
      author: { displayName: 'Maria Alvarez' },
    });
    expect((await listFor(sam)).find((each) => each.id === thread.id)?.unread).toBe(1);

    await reply(sam, thread.id, 'Hip flexors first, in my experience.');
    await reply(dana, thread.id, 'Agreed with Sam.');
    expect((await listFor(maria)).find((each) => each.id === thread.id)).toMatchObject({ posts: 3, unread: 2 });
    expect((await listFor(sam)).find((each) => each.id === thread.id)?.unread).toBe(2);

    const detail = await read(maria, thread.id);
    expect(detail.posts.map((post) => post.author?.displayName)).toEqual(['Maria Alvarez', 'Sam Okafor', 'Dana Reyes']);
    expect(detail.thread.unread).toBe(2);
    expect((await listFor(maria)).find((each) => each.id === thread.id)?.unread).toBe(0);
    // Those who wrote before hear of a reply: who replied, never what.
    expect(await notificationsOf(app, ids.maria!, 'circle.reply')).toContainEqual({
      title: 'Sam Okafor replied in a circle discussion',
      body: 'Open the discussion to read the reply.',
      link: `/app/circles/${circleId}/discussions/${thread.id}`,
    });
  });

  it('keeps the words of a support thread out of every notification and email', async () => {
    const thread = await startThread(sam, { title: 'A hard week', category: 'support', body: confided });
    await reply(dana, thread.id, `@Sam Okafor ${confided} — you did not fail her.`);
    await reply(maria, thread.id, `@${dana.slug} thank you. ${confided}`);
    expect(await notificationsOf(app, ids.sam!, 'circle.mention')).toHaveLength(1);
    expect(await notificationsOf(app, ids.dana!, 'circle.mention')).toHaveLength(1);

    const rows = await app.database.db.execute(sql`select title, body, link from notifications`);
    expect(JSON.stringify(rows.rows)).not.toMatch(/Harriet|relapsed|A hard week/);
    const sent: { to: string; subject: string; text: string }[] = [];
    const mailer = { send: async (mail: (typeof sent)[number]) => String(sent.push(mail)) };
    const deps = { db: app.database.db, publicUrl: 'https://kneadwork.example', mailer, hub: null };
    await sendNotificationEmails(
      deps as unknown as Parameters<typeof sendNotificationEmails>[0],
      new Date(Date.now() + 86_400_000),
    );
    expect(sent.length).toBeGreaterThan(0);
    expect(JSON.stringify(sent)).not.toMatch(/Harriet|relapsed|A hard week/);
    expect(sent.map((mail) => mail.text).join('\n')).toContain('Dana Reyes mentioned you in a circle discussion');
  });

  it('tells only members they were mentioned, by name or handle', async () => {
    const thread = await startThread(dana, {
      title: 'Who teaches cupping?',
      category: 'general',
      body: `@Lee Chen and @${lee.slug} might know — or @maria? Ask @${sam.slug}.`,
    });
    expect(await notificationsOf(app, ids.lee!, 'circle.mention')).toEqual([]);
    const told = await notificationsOf(app, ids.sam!, 'circle.mention');
    expect(told.at(-1)?.link).toBe(`/app/circles/${circleId}/discussions/${thread.id}`);
  });

  it('renders Markdown as sanitised HTML: no raw HTML, no script links, links marked as user content', async () => {
    const thread = await startThread(sam, {
      title: 'Formatting',
      category: 'general',
      body: '**Bold** <script>alert(1)</script> <img src=x onerror=alert(1)> [guide](https://example.com/guide) [bad](javascript:alert(1))',
    });
    const [post] = (await read(maria, thread.id)).posts;
    expect(post!.html).toContain('<strong>Bold</strong>');
    expect(post!.html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(post!.html).toContain('&lt;script&gt;'); // shown as the text it was, never run
    expect(post!.html).toContain('href="https://example.com/guide" rel="nofollow ugc noopener"');
    expect(post!.body).toBeNull(); // the Markdown itself goes to its author only
  });

  it('refuses bad input with a 400 naming the field, and a locked thread with a 409 naming it', async () => {
    const short = await circleCall(app, sam, 'POST', `/api/circles/${circleId}/threads`, {
      title: 'x',
      category: 'gossip',
      body: '',
    });
    expect(short.statusCode).toBe(400);
    const fields = errorOf(short).details!.map((detail) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'category', 'body']));

    const thread = await startThread(sam, { title: 'To be locked', category: 'general', body: 'Enough said.' });
    const locked = await circleCall(app, maria, 'POST', `/api/threads/${thread.id}/moderation`, { locked: true });
    expect(locked.json<ThreadSummary>().locked).toBe(true);
    const refused = await circleCall(app, dana, 'POST', `/api/threads/${thread.id}/posts`, { body: 'One more thing' });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).reason).toBe('thread_locked');
    expect(errorOf(refused).message).toContain('locked');
  });

  it('lets organizers pin and hide; members then get the hidden thread’s 404, and members cannot moderate', async () => {
    const pinned = await startThread(dana, { title: 'Circle guidelines', category: 'general', body: 'Be kind.' });
    await startThread(sam, { title: 'Newest thread', category: 'general', body: 'Hello' });
    expect(
      (await circleCall(app, sam, 'POST', `/api/threads/${pinned.id}/moderation`, { pinned: true })).statusCode,
    ).toBe(404);
    await circleCall(app, maria, 'POST', `/api/threads/${pinned.id}/moderation`, { pinned: true });
    expect((await listFor(sam))[0]!.id).toBe(pinned.id);

    const hidden = await startThread(sam, { title: 'Off topic sale', category: 'general', body: 'Buy my table' });
    await circleCall(app, maria, 'POST', `/api/threads/${hidden.id}/moderation`, { hidden: true });
    expect((await listFor(dana)).map((each) => each.id)).not.toContain(hidden.id);
    expect((await circleCall(app, dana, 'GET', `/api/threads/${hidden.id}`)).statusCode).toBe(404);
    expect((await read(maria, hidden.id)).thread.hidden).toBe(true);

    const post = await reply(sam, pinned.id, 'Rude remark');
    const hide = await circleCall(app, maria, 'POST', `/api/posts/${post.id}/moderation`, { hidden: true });
    expect(hide.json<Post>().hidden).toBe(true);
    expect((await read(dana, pinned.id)).posts.map((each) => each.id)).not.toContain(post.id);
    expect((await read(maria, pinned.id)).posts.map((each) => each.id)).toContain(post.id);
  });

  it('takes a member’s report to the organizers without its reason, and lists it for them only', async () => {
    const thread = await startThread(sam, { title: 'Selling leads', category: 'general', body: 'DM me for leads' });
    const [post] = (await read(dana, thread.id)).posts;
    const reason = 'This is spam about a client named Harriet';
    const reported = await circleCall(app, dana, 'POST', `/api/posts/${post!.id}/reports`, { reason });
    expect(reported.statusCode, reported.body).toBe(201);
    await circleCall(app, dana, 'POST', `/api/posts/${post!.id}/reports`, { reason }); // once is enough
    const told = await notificationsOf(app, ids.maria!, 'circle.report');
    expect(told).toHaveLength(1);
    expect(told[0]!.title).toBe('Dana Reyes reported a post in your circle');
    expect(JSON.stringify(told)).not.toContain('Harriet');

    expect((await circleCall(app, dana, 'GET', `/api/circles/${circleId}/reports`)).statusCode).toBe(404);
    const list = (await circleCall(app, maria, 'GET', `/api/circles/${circleId}/reports`)).json<{
      items: PostReport[];
    }>();
    expect(list.items[0]).toMatchObject({ postId: post!.id, threadId: thread.id, reason, resolved: false });
    const resolved = await circleCall(
      app,
      maria,
      'POST',
      `/api/circles/${circleId}/reports/${list.items[0]!.id}/resolve`,
    );
    expect(resolved.json<PostReport>().resolved).toBe(true);
  });

  it('lets authors edit only their own posts', async () => {
    const thread = await startThread(sam, { title: 'Typos happen', category: 'general', body: 'Teh first' });
    const [post] = (await read(sam, thread.id)).posts;
    const edited = await circleCall(app, sam, 'PATCH', `/api/posts/${post!.id}`, { body: 'The *first*' });
    expect(edited.json<Post>()).toMatchObject({ html: '<p>The <em>first</em></p>\n', body: 'The *first*' });
    expect(edited.json<Post>().editedAt).not.toBeNull();
    expect((await circleCall(app, dana, 'PATCH', `/api/posts/${post!.id}`, { body: 'Mine now' })).statusCode).toBe(404);
  });

  it('opens one check-in thread per meeting occurrence', async () => {
    const meeting = await circleCall(app, maria, 'POST', `/api/circles/${circleId}/meetings`, {
      title: 'Monthly peer support',
      start: '2027-03-09T18:00',
      timeZone: 'America/Denver',
      rrule: 'FREQ=MONTHLY;BYDAY=2TU',
      durationMinutes: 90,
      place: { kind: 'room' },
    });
    const { id: meetingId, next } = meeting.json<{ id: string; next: string[] }>();
    const url = (start: string) => `/api/meetings/${meetingId}/occurrences/${encodeURIComponent(start)}/check-in`;
    expect((await circleCall(app, sam, 'GET', url(next[0]!))).json()).toEqual({ thread: null });
    const [first, again] = await Promise.all([
      circleCall(app, sam, 'POST', url(next[0]!)),
      circleCall(app, dana, 'POST', url(next[0]!)),
    ]);
    const thread = first.json<{ thread: ThreadSummary }>().thread;
    expect(thread).toMatchObject({ category: 'check-in', meetingId, posts: 0 });
    expect(again.json<{ thread: ThreadSummary }>().thread.id).toBe(thread.id);
    expect((await circleCall(app, maria, 'GET', url(next[0]!))).json<{ thread: ThreadSummary }>().thread.id).toBe(
      thread.id,
    );
    const second = (await circleCall(app, sam, 'POST', url(next[1]!))).json<{ thread: ThreadSummary }>().thread;
    expect(second.id).not.toBe(thread.id);
    await reply(dana, thread.id, 'I would rather write: I am doing better this month.');
    expect((await listFor(sam, '?category=check-in')).map((each) => each.id)).toEqual(
      expect.arrayContaining([thread.id, second.id]),
    );

    const wrong = await circleCall(app, sam, 'POST', url('2027-03-10T18:00:00-07:00'));
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).details![0]!.field).toBe('start');
    expect((await circleCall(app, lee, 'POST', url(next[0]!))).statusCode).toBe(404);
  });

  it('serves a post’s file only to those who may see the post', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% a handout\n');
    expect((await uploadPdf(app, lee, circleId, pdf)).statusCode).toBe(404);
    const uploaded = await uploadPdf(app, sam, circleId, pdf);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const { file, url } = uploaded.json<{ file: string; url: string }>();
    expect((await circleCall(app, dana, 'GET', url)).statusCode).toBe(404); // not in a post yet

    const thread = await startThread(sam, {
      title: 'Handout',
      category: 'general',
      body: 'Attached',
      attachments: [file],
    });
    const [post] = (await read(dana, thread.id)).posts;
    expect(post!.attachments).toEqual([expect.objectContaining({ file, fileName: 'handout.pdf', kind: 'pdf' })]);
    const got = await circleCall(app, dana, 'GET', url);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(pdf)).toBe(true);
    expect((await circleCall(app, lee, 'GET', url)).statusCode).toBe(404);
    // A file is attached once, and only by its uploader.
    const reused = await circleCall(app, dana, 'POST', `/api/threads/${thread.id}/posts`, {
      body: 'x',
      attachments: [file],
    });
    expect(reused.statusCode).toBe(400);
    expect(errorOf(reused).details![0]!.field).toBe('attachments');
  });

  it('is for members only: an outsider gets the 404 of a missing circle, a removed member at once', async () => {
    const thread = await startThread(dana, { title: 'Members only', category: 'general', body: 'Hello' });
    expect((await circleCall(app, lee, 'GET', `/api/circles/${circleId}/threads`)).statusCode).toBe(404);
    expect((await circleCall(app, lee, 'GET', `/api/threads/${thread.id}`)).statusCode).toBe(404);
    expect((await circleCall(app, null, 'GET', `/api/threads/${thread.id}`)).statusCode).toBe(404);
    const danaId = await memberIdOf(app, maria, circleId, dana.slug);
    expect((await circleCall(app, maria, 'DELETE', `/api/circles/${circleId}/members/${danaId}`)).statusCode).toBe(200);
    expect((await circleCall(app, dana, 'GET', `/api/threads/${thread.id}`)).statusCode).toBe(404);
    expect((await circleCall(app, dana, 'GET', `/api/circles/${circleId}/threads`)).statusCode).toBe(404);
  });
});
