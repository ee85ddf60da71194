// Moderation end to end on both databases: members report what they can see (once each), the admin
// reads the queue in context and acts — hide (the profile leaves the directory and its public page),
// warn (one mail to the author, with the admin's words), suspend (sessions end, sign-in refused,
// the profile gone), dismiss — and every action leaves an audit row.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../../contracts/messages.ts';
import type { Post, ThreadSummary } from '../../../contracts/discussions.ts';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { circleCall, joined, startCircle } from '../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { json } from '../../../../test/support/members.ts';
import { act, auditOf, grantAdmin, queueOf, report, reportFor } from '../../../../test/support/moderation.ts';
import { startSmtpServer } from '../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { runAdminCommand } from './admin.command.ts';

const place = { postalCode: '59801', country: 'US' as const };
const password = 'a long enough password';

describeEachDatabase('moderation', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let ada: Listed; // the admin
  let maria: Listed; // reported
  let sam: Listed; // reporter
  let lee: Listed; // reporter
  let tom: Listed; // suspended later

  const signIn = (who: Listed) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: json,
      payload: { email: who.email, password },
    });
  const inDirectory = async (who: Listed, viewer: Listed) =>
    (await circleCall(app, viewer, 'GET', `/api/directory?q=${encodeURIComponent(who.name)}`))
      .json<{ items: { slug: string }[] }>()
      .items.some((item) => item.slug === who.slug);

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { SMTP_URL: smtp.url, AUTH_SIGNUPS_PER_WINDOW: '100', NEW_ACCOUNT_DAILY_POSTS: '1000' },
      mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
    });
    ada = await listMember(app, { displayName: 'Ada Admin', ...place });
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...place });
    sam = await listMember(app, { displayName: 'Sam Okafor', ...place });
    lee = await listMember(app, { displayName: 'Lee Chen', ...place });
    tom = await listMember(app, { displayName: 'Tom Troll', ...place });
    await grantAdmin(app, ada);
  });
  afterAll(async () => {
    await app?.cleanup();
    await smtp?.close();
  });

  describe('the admin role from the command line', () => {
    it('grants, lists and revokes by email; an unknown address changes nothing', async () => {
      const db = app.database.db;
      expect(await runAdminCommand(db, 'grant', lee.email.toUpperCase())).toMatchObject({ changed: true });
      expect(await runAdminCommand(db, 'grant', lee.email)).toMatchObject({ changed: false });
      const listed = (await runAdminCommand(db, 'list', undefined)) as { admins: { email: string }[] };
      expect(listed.admins.map((row) => row.email).sort()).toEqual([ada.email, lee.email].sort());
      expect((await circleCall(app, lee, 'GET', '/api/admin/reports')).statusCode).toBe(200);
      expect(await runAdminCommand(db, 'revoke', lee.email)).toMatchObject({ changed: true });
      expect((await circleCall(app, lee, 'GET', '/api/admin/reports')).statusCode).toBe(404);
      await expect(runAdminCommand(db, 'grant', 'nobody@example.com')).rejects.toThrow(/email/i);
      await expect(runAdminCommand(db, 'promote', lee.email)).rejects.toThrow(/usage/);
      expect((await circleCall(app, lee, 'GET', '/api/me/admin')).json()).toEqual({ admin: false });
      // The browser tests' way to the same command: on this machine only.
      const dev = (remoteAddress: string) =>
        app.inject({
          method: 'POST',
          url: '/dev/admin',
          headers: json,
          remoteAddress,
          payload: { action: 'grant', email: lee.email },
        });
      expect((await dev('203.0.113.9')).statusCode).toBe(404);
      expect((await circleCall(app, lee, 'GET', '/api/me/admin')).json()).toEqual({ admin: false });
      expect((await dev('127.0.0.1')).json()).toMatchObject({ changed: true });
      await runAdminCommand(db, 'revoke', lee.email);
      expect((await circleCall(app, ada, 'GET', '/api/me/admin')).json()).toEqual({ admin: true });
    });
  });

  it('answers members and anonymous callers on admin routes exactly as a path that does not exist', async () => {
    const missing = await circleCall(app, sam, 'GET', '/api/admin/no-such-thing');
    for (const who of [sam, null]) {
      for (const url of ['/api/admin/reports?status=open', '/api/admin/audit']) {
        const response = await circleCall(app, who, 'GET', url);
        expect(response.statusCode).toBe(404);
        expect(response.json<{ error: unknown }>().error).toEqual(missing.json<{ error: unknown }>().error);
      }
    }
  });

  it('takes a report once per member, refuses what the reporter cannot see, and shows the admin the item in context', async () => {
    expect((await report(app, sam, 'profile', maria.slug)).statusCode).toBe(201);
    expect((await report(app, sam, 'profile', maria.slug, 'Again and again')).statusCode).toBe(201);
    expect((await report(app, lee, 'profile', maria.slug, 'Fake credentials on the profile')).statusCode).toBe(201);
    expect((await report(app, sam, 'profile', 'no-such-member')).statusCode).toBe(404);
    expect((await report(app, sam, 'opportunity', 'anything')).statusCode).toBe(404);
    expect((await report(app, maria, 'profile', maria.slug)).statusCode).toBe(400);
    expect((await report(app, null, 'profile', maria.slug)).statusCode).toBe(401);
    const bad = await report(app, sam, 'profile', maria.slug, 'x');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('reason');

    const queued = await reportFor(app, ada, 'profile', maria.slug);
    expect(queued).toMatchObject({
      count: 2,
      status: 'open',
      author: { slug: maria.slug, displayName: 'Maria Alvarez' },
      item: { title: 'Maria Alvarez', path: `/app/members/${maria.slug}`, hidden: false, exists: true },
    });
    expect(queued.reporters.map((row) => [row.member?.slug, row.reason])).toEqual([
      [sam.slug, 'This is spam and abuse'],
      [lee.slug, 'Fake credentials on the profile'],
    ]);
  });

  it('hides a profile: it leaves the directory and its public page, its member sees it hidden, and it comes back', async () => {
    expect(await inDirectory(maria, sam)).toBe(true);
    const queued = await reportFor(app, ada, 'profile', maria.slug);
    const noReason = await act(app, ada, queued.id, { action: 'hide' });
    expect(noReason.statusCode).toBe(400);
    const hidden = await act(app, ada, queued.id, { action: 'hide', reason: 'Credentials could not be verified' });
    expect(hidden.statusCode, hidden.body).toBe(200);

    expect(await inDirectory(maria, sam)).toBe(false);
    expect((await app.inject({ url: `/p/${maria.slug}` })).statusCode).toBe(404);
    expect((await circleCall(app, sam, 'GET', `/api/profiles/${maria.slug}`)).statusCode).toBe(404);
    expect((await report(app, lee, 'profile', maria.slug)).statusCode).toBe(404);
    // The member still sees their own, hidden; choosing a visibility waits until the hide is lifted.
    const own = await circleCall(app, maria, 'GET', '/api/me/profile');
    expect(own.json()).toMatchObject({ visibility: 'hidden' });
    await circleCall(app, maria, 'PUT', '/api/me/profile', { visibility: 'public' });
    expect(await inDirectory(maria, sam)).toBe(false);
    expect((await act(app, ada, queued.id, { action: 'dismiss', reason: 'Closing twice' })).statusCode).toBe(409);

    const shown = await circleCall(app, ada, 'POST', `/api/admin/reports/${queued.id}/unhide`, {
      reason: 'Credentials verified by phone',
    });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(await inDirectory(maria, sam)).toBe(true);
    expect((await app.inject({ url: `/p/${maria.slug}` })).statusCode).toBe(200);
  });

  it('folds the messages report into the queue and warns the author with one mail in the admin’s words', async () => {
    const started = await circleCall(app, tom, 'POST', '/api/conversations', { memberSlugs: [sam.slug] });
    expect(started.statusCode, started.body).toBe(201);
    const conversationId = started.json<{ id: string }>().id;
    const sent = (
      await circleCall(app, tom, 'POST', `/api/conversations/${conversationId}/messages`, { body: 'Buy my course!!!' })
    ).json<Message>();
    const filed = await circleCall(app, sam, 'POST', `/api/members/${tom.slug}/report`, {
      reason: 'spam',
      messageId: sent.id,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    // Someone outside the conversation cannot see the message, so cannot report it.
    expect((await report(app, lee, 'message', sent.id)).statusCode).toBe(404);

    const queued = await reportFor(app, ada, 'message', sent.id);
    expect(queued).toMatchObject({ count: 1, author: { slug: tom.slug }, item: { excerpt: 'Buy my course!!!' } });
    const before = smtp.received.length;
    const warned = await act(app, ada, queued.id, {
      action: 'warn',
      reason: 'Selling in direct messages is not allowed',
    });
    expect(warned.statusCode, warned.body).toBe(200);
    const mail = await smtp.waitFor(
      tom.email,
      (each) => each.subject === 'A warning from the Kneadwork administrators',
    );
    expect(mail.text).toContain('Selling in direct messages is not allowed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received.slice(before).filter((each) => JSON.stringify(each.to).includes(tom.email))).toHaveLength(1);
    expect(smtp.received.slice(before).filter((each) => !JSON.stringify(each.to).includes(tom.email))).toHaveLength(0);

    const notices = (await circleCall(app, tom, 'GET', '/api/notifications')).json<{
      items: { kind: string; title: string; body: string }[];
    }>().items;
    const notice = notices.find((each) => each.kind === 'moderation.warning');
    expect(notice).toBeDefined();
    expect(JSON.stringify(notice)).not.toContain('Selling');
  });

  it('hides a reported message from its conversation', async () => {
    const started = await circleCall(app, tom, 'POST', '/api/conversations', { memberSlugs: [lee.slug] });
    const conversationId = started.json<{ id: string }>().id;
    const sent = (
      await circleCall(app, tom, 'POST', `/api/conversations/${conversationId}/messages`, { body: 'You are useless' })
    ).json<Message>();
    expect((await report(app, lee, 'message', sent.id, 'Insulting me')).statusCode).toBe(201);
    const queued = await reportFor(app, ada, 'message', sent.id);
    expect((await act(app, ada, queued.id, { action: 'hide', reason: 'Abusive words' })).statusCode).toBe(200);
    const page = (await circleCall(app, lee, 'GET', `/api/conversations/${conversationId}/messages`)).json<{
      items: Message[];
    }>();
    expect(page.items.map((each) => each.id)).not.toContain(sent.id);
  });

  it('takes circle post reports to the admin queue too; a post the admin hid stays hidden for organizers', async () => {
    const circle = await startCircle(app, maria, { name: 'Missoula Peer Support', postalCode: '59801' });
    for (const who of [sam, tom]) await joined(app, who, circle.id);
    const thread = (
      await circleCall(app, maria, 'POST', `/api/circles/${circle.id}/threads`, {
        title: 'Welcome',
        category: 'general',
        body: 'Say hello',
      })
    ).json<ThreadSummary>();
    const post = (
      await circleCall(app, tom, 'POST', `/api/threads/${thread.id}/posts`, { body: 'Everyone here is a fraud' })
    ).json<Post>();
    expect(
      (await circleCall(app, sam, 'POST', `/api/posts/${post.id}/reports`, { reason: 'Rude to all' })).statusCode,
    ).toBe(201);
    // Someone outside the circle cannot see the post.
    expect((await report(app, lee, 'circle-post', post.id)).statusCode).toBe(404);
    const queued = await reportFor(app, ada, 'circle-post', post.id);
    expect(queued).toMatchObject({
      author: { slug: tom.slug },
      item: { title: 'Welcome', excerpt: 'Everyone here is a fraud' },
    });
    expect((await act(app, ada, queued.id, { action: 'hide', reason: 'Insulting the circle' })).statusCode).toBe(200);
    const read = (await circleCall(app, sam, 'GET', `/api/threads/${thread.id}`)).json<{ posts: Post[] }>();
    expect(read.posts.map((each) => each.id)).not.toContain(post.id);
    const unhide = await circleCall(app, maria, 'POST', `/api/posts/${post.id}/moderation`, { hidden: false });
    expect(unhide.statusCode).toBe(409);

    // A whole circle: hidden, it is found by nobody and opened by nobody.
    expect((await report(app, lee, 'circle', circle.id, 'A circle for harassment')).statusCode).toBe(201);
    const circleReport = await reportFor(app, ada, 'circle', circle.id);
    expect((await act(app, ada, circleReport.id, { action: 'hide', reason: 'Harassment' })).statusCode).toBe(200);
    expect((await circleCall(app, sam, 'GET', `/api/circles/${circle.id}`)).statusCode).toBe(404);
    expect((await circleCall(app, maria, 'GET', `/api/circles/${circle.id}`)).statusCode).toBe(404);
    const found = (await circleCall(app, lee, 'GET', '/api/circles?q=Missoula')).json<{ items: { id: string }[] }>();
    expect(found.items.map((each) => each.id)).not.toContain(circle.id);
  });

  it('suspends the author: sessions end, sign-in is refused, the profile is gone; lifting it lets them back', async () => {
    expect((await report(app, lee, 'profile', tom.slug, 'Harasses everyone')).statusCode).toBe(201);
    const queued = await reportFor(app, ada, 'profile', tom.slug);
    // The author's earlier warning is in context.
    expect(queued.priorActions.map((each) => each.action)).toContain('warn');
    const past = await act(app, ada, queued.id, {
      action: 'suspend',
      reason: 'Repeated harassment',
      until: '2020-01-01T00:00:00Z',
    });
    expect(past.statusCode).toBe(400);
    const suspended = await act(app, ada, queued.id, { action: 'suspend', reason: 'Repeated harassment' });
    expect(suspended.statusCode, suspended.body).toBe(200);

    expect((await circleCall(app, tom, 'GET', '/api/me/profile')).statusCode).toBe(401);
    expect((await circleCall(app, tom, 'POST', '/api/conversations', { memberSlugs: [sam.slug] })).statusCode).toBe(
      401,
    );
    const refused = await signIn(tom);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect(await inDirectory(tom, sam)).toBe(false);
    expect((await app.inject({ url: `/p/${tom.slug}` })).statusCode).toBe(404);
    expect((await queueOf(app, ada, 'actioned')).find((each) => each.id === queued.id)).toMatchObject({
      authorSuspended: true,
    });

    const lifted = await circleCall(app, ada, 'POST', `/api/admin/members/${tom.slug}/unsuspend`, {
      reason: 'Apologised',
    });
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(
      (await circleCall(app, ada, 'POST', `/api/admin/members/${tom.slug}/unsuspend`, { reason: 'Again' })).statusCode,
    ).toBe(409);
    expect((await signIn(tom)).statusCode).toBe(200);
    expect(await inDirectory(tom, sam)).toBe(true);
  });

  it('ends a suspension with a time when the time comes', async () => {
    expect((await report(app, sam, 'profile', tom.slug, 'Back at it')).statusCode).toBe(201);
    const queued = await reportFor(app, ada, 'profile', tom.slug);
    const until = new Date(Date.now() + 60 * 60_000).toISOString();
    expect(
      (await act(app, ada, queued.id, { action: 'suspend', reason: 'A cooling-off hour', until })).statusCode,
    ).toBe(200);
    const refused = await signIn(tom);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('suspended until');
    await app.database.db.execute(sql`update member_suspensions set until = now() - interval '1 second'`);
    expect(await app.services.moderation.actions.endExpiredSuspensions()).toBe(1);
    expect((await signIn(tom)).statusCode).toBe(200);
    expect(await inDirectory(tom, sam)).toBe(true);
  });

  it('dismisses with no effect, and keeps every action in the audit trail', async () => {
    expect((await report(app, lee, 'profile', sam.slug, 'I do not like him')).statusCode).toBe(201);
    const queued = await reportFor(app, ada, 'profile', sam.slug);
    expect((await act(app, ada, queued.id, { action: 'dismiss', reason: 'Not against the rules' })).statusCode).toBe(
      200,
    );
    expect(await inDirectory(sam, lee)).toBe(true);
    expect((await queueOf(app, ada)).map((each) => each.id)).not.toContain(queued.id);
    expect((await queueOf(app, ada, 'dismissed')).map((each) => each.id)).toContain(queued.id);

    const audit = await auditOf(app, ada);
    expect(audit.map((row) => [row.action, row.subject?.slug, row.reason])).toEqual(
      expect.arrayContaining([
        ['hide', maria.slug, 'Credentials could not be verified'],
        ['unhide', maria.slug, 'Credentials verified by phone'],
        ['warn', tom.slug, 'Selling in direct messages is not allowed'],
        ['suspend', tom.slug, 'Repeated harassment'],
        ['unsuspend', tom.slug, 'Apologised'],
        ['dismiss', sam.slug, 'Not against the rules'],
      ]),
    );
    expect(audit.every((row) => row.admin?.slug === ada.slug)).toBe(true);
    expect(audit[0]!.action).toBe('dismiss');
  });
});
