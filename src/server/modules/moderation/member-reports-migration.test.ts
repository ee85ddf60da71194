// Migration 0026 moves the reports members made before the queue (messages' member_reports) into
// it: run here on rows written the old way, it makes one open report per item — a message's, or
// the member's profile — with each reporter once, and closes the old rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Message } from '../../../contracts/messages.ts';
import { memberReports, moderationReporters, moderationReports } from '../../db/schema/index.ts';
import { circleCall } from '../../../../test/support/circles.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const migration = readFileSync(
  path.join(import.meta.dirname, '../../db/migrations/0026_moderation_member_reports.sql'),
  'utf8',
);
const place = { postalCode: '59801', country: 'US' as const };

describeEachDatabase('moderation: the old member reports join the queue', (kind) => {
  let app: TestApp;
  let sam: Listed;
  let lee: Listed;
  let tom: Listed;

  beforeAll(async () => {
    app = await createTestApp(kind);
    sam = await listMember(app, { displayName: 'Sam Okafor', ...place });
    lee = await listMember(app, { displayName: 'Lee Chen', ...place });
    tom = await listMember(app, { displayName: 'Tom Troll', ...place });
  });
  afterAll(async () => app?.cleanup());

  it('makes one open report per item with each reporter once, and closes the old rows', async () => {
    const db = app.database.db;
    const ids = Object.fromEntries(
      (await db.execute<{ id: string; email: string }>(sql`select id, email from "user"`)).rows.map((row) => [
        row.email,
        row.id,
      ]),
    );
    const conversation = (
      await circleCall(app, tom, 'POST', '/api/conversations', { memberSlugs: [sam.slug, lee.slug] })
    ).json<{
      id: string;
    }>();
    const message = (
      await circleCall(app, tom, 'POST', `/api/conversations/${conversation.id}/messages`, { body: 'Buy now' })
    ).json<Message>();
    await db.insert(memberReports).values([
      {
        reporterId: ids[sam.email],
        reportedId: ids[tom.email]!,
        reason: 'spam',
        messageId: message.id,
        messageBody: 'Buy now',
      },
      {
        reporterId: ids[lee.email],
        reportedId: ids[tom.email]!,
        reason: 'spam',
        details: 'Again',
        messageId: message.id,
        messageBody: 'Buy now',
      },
      {
        reporterId: ids[sam.email],
        reportedId: ids[tom.email]!,
        reason: 'harassment',
        createdAt: new Date(Date.now() - 60_000),
      },
      { reporterId: ids[sam.email], reportedId: ids[tom.email]!, reason: 'other', details: 'Twice' },
      { reporterId: ids[lee.email], reportedId: ids[sam.email]!, reason: 'other', status: 'dismissed' },
    ]);

    for (const statement of migration.split('--> statement-breakpoint')) await db.execute(sql.raw(statement));

    const reports = await db.select().from(moderationReports);
    expect(reports.map((row) => [row.kind, row.itemId, row.status, row.authorId]).sort()).toEqual(
      [
        ['message', message.id, 'open', ids[tom.email]],
        ['profile', tom.slug, 'open', ids[tom.email]],
      ].sort(),
    );
    expect(reports.find((row) => row.kind === 'message')!.excerpt).toBe('Buy now');
    const reporters = await db.select().from(moderationReporters);
    const of = (kindName: string) =>
      reporters
        .filter((row) => row.reportId === reports.find((report) => report.kind === kindName)!.id)
        .map((row) => [row.reporterId, row.reason])
        .sort();
    expect(of('message')).toEqual(
      [
        [ids[sam.email], 'spam'],
        [ids[lee.email], 'spam: Again'],
      ].sort(),
    );
    expect(of('profile')).toEqual([[ids[sam.email], 'harassment']]);
    const left = await db.select({ status: memberReports.status }).from(memberReports);
    expect(left.map((row) => row.status).sort()).toEqual(['dismissed', 'reviewed', 'reviewed', 'reviewed', 'reviewed']);
  });
});
