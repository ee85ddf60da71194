// The close at the deadline: a pool whose total reached its minimum goes ahead at the price of the
// tier reached, one below it lapses; pledgers and the organizer are told by notification and by
// email (a real SMTP server) what they owe, or that nothing is. Exactly once: two closes racing on
// one database (two apps on one PostgreSQL database; two schedulers on PGlite) close each pool once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Pool } from '../../../../contracts/pools.ts';
import { buildApp } from '../../../app.ts';
import { openDatabase } from '../../../db/client.ts';
import { createJobScheduler, type JobScheduler } from '../../../jobs/job-scheduler.ts';
import { smtpTransport } from '../../../lib/mail-transport.ts';
import { listMember, type Listed } from '../../../../../test/support/listed-members.ts';
import { makeDue, pledge, poolCall, startPool } from '../../../../../test/support/pools.ts';
import { startSmtpServer } from '../../../../../test/support/smtp.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../test/support/test-app.ts';

const place = { postalCode: '80202', country: 'US' } as const;
const from = 'Kneadwork <no-reply@kneadwork.test>';
const quietLog = { error: () => {} };

describeEachDatabase('closing pools at the deadline', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let olga: Listed;
  let pia: Listed;
  let quinn: Listed;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { SMTP_URL: smtp.url, AUTH_SIGNUPS_PER_WINDOW: '100', NEW_ACCOUNT_DAILY_POSTS: '100' },
      mailTransport: smtpTransport(smtp.url, from),
    });
    olga = await listMember(app, { displayName: 'Olga Organizer', ...place });
    pia = await listMember(app, { displayName: 'Pia Pledger', ...place });
    quinn = await listMember(app, { displayName: 'Quinn Pledger', ...place });
    // The app arms the pool-close job every minute; stopped here so the closes below are the test's own.
    const { jobs } = app as unknown as { jobs: JobScheduler };
    expect(jobs.armed()).toContain('pool-close');
    await jobs.stop();
  });
  afterAll(async () => {
    await app?.cleanup();
    await smtp?.close();
  });

  const mailsTo = (who: Listed, subject: string) =>
    smtp.received.filter((mail) => JSON.stringify(mail.to).includes(who.email) && mail.subject === subject);
  const noticesOf = async (who: Listed) =>
    (await poolCall(app, who, 'GET', '/api/notifications')).json<{
      items: { title: string; body: string; link: string }[];
    }>().items;

  it('goes ahead at the tier reached when the minimum is met, lapses below it, and tells everyone once', async () => {
    const ahead = await startPool(app, olga);
    const short = await startPool(app, olga, { minimumQuantity: 50 });
    await pledge(app, pia, ahead.id, 4);
    await pledge(app, quinn, ahead.id, 7);
    await pledge(app, pia, short.id, 3);
    for (const pool of [ahead, short]) await makeDue(app, pool.id);

    const closed = await app.services.pools.closing.closeDue(new Date());
    expect(closed.sort()).toEqual([ahead.id, short.id].sort());
    expect((await poolCall(app, pia, 'GET', `/api/pools/${ahead.id}`)).json<Pool>()).toMatchObject({
      status: 'going-ahead',
      totalQuantity: 11,
      currentTier: 2,
      unitPrice: 800,
      myPledge: { quantity: 4, amount: 3200 },
    });
    expect((await poolCall(app, pia, 'GET', `/api/pools/${short.id}`)).json<Pool>()).toMatchObject({
      status: 'lapsed',
    });

    expect(await noticesOf(pia)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'A group purchase you pledged to is going ahead',
          body: expect.stringContaining('You pledged 4 units and owe $32.00') as string,
          link: `/app/pools/${ahead.id}`,
        }),
        expect.objectContaining({
          title: 'A group purchase you pledged to did not reach its minimum',
          link: `/app/pools/${short.id}`,
        }),
      ]),
    );
    expect(await noticesOf(olga)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'Your group purchase is going ahead',
          body: expect.stringContaining('$88.00') as string,
        }),
        expect.objectContaining({ title: 'Your group purchase did not reach its minimum' }),
      ]),
    );

    const piaOwes = await smtp.waitFor(
      pia.email,
      (mail) => mail.subject === 'A group purchase you pledged to is going ahead',
    );
    expect(piaOwes.text).toContain('You pledged 4 units at $8.00 each: you owe $32.00 to Olga Organizer');
    expect(piaOwes.text).toContain(`/app/pools/${ahead.id}`);
    const quinnOwes = await smtp.waitFor(
      quinn.email,
      (mail) => mail.subject === 'A group purchase you pledged to is going ahead',
    );
    expect(quinnOwes.text).toContain('you owe $56.00');
    const lapsed = await smtp.waitFor(
      pia.email,
      (mail) => mail.subject === 'A group purchase you pledged to did not reach its minimum',
    );
    expect(lapsed.text).toContain('nothing is owed');
    const organizer = await smtp.waitFor(olga.email, (mail) => mail.subject === 'Your group purchase is going ahead');
    expect(organizer.text).toContain('11 units from 2 members, at $8.00 each: $88.00 in all');
    await smtp.waitFor(olga.email, (mail) => mail.subject === 'Your group purchase did not reach its minimum');

    // Another run finds nothing left to close or to mail.
    expect(await app.services.pools.closing.closeDue(new Date())).toEqual([]);
    expect(await app.services.pools.closing.sendCloseMail()).toBe(0);
    expect(mailsTo(pia, 'A group purchase you pledged to is going ahead')).toHaveLength(1);
  });

  it('keeps a hidden pool frozen past its deadline, and closes it once shown again', async () => {
    const pool = await startPool(app, olga);
    await pledge(app, pia, pool.id, 12);
    const [reportable] = app.services.pools.reportables;
    await reportable!.setHidden(pool.id, true);
    await makeDue(app, pool.id);
    expect(await app.services.pools.closing.closeDue(new Date())).not.toContain(pool.id);
    expect((await poolCall(app, olga, 'GET', `/api/pools/${pool.id}`)).json<Pool>().status).toBe('open');
    await reportable!.setHidden(pool.id, false);
    expect(await app.services.pools.closing.closeDue(new Date())).toEqual([pool.id]);
    expect((await poolCall(app, pia, 'GET', `/api/pools/${pool.id}`)).json<Pool>().status).toBe('going-ahead');
  });

  it('leaves an open pool alone until its deadline', async () => {
    const pool = await startPool(app, olga);
    await pledge(app, pia, pool.id, 20);
    expect(await app.services.pools.closing.closeDue(new Date())).not.toContain(pool.id);
    expect((await poolCall(app, pia, 'GET', `/api/pools/${pool.id}`)).json<Pool>().status).toBe('open');
  });

  it('closes each pool exactly once when two instances close at the same moment', async () => {
    const pools = await Promise.all(Array.from({ length: 4 }, () => startPool(app, olga)));
    for (const pool of pools) await pledge(app, quinn, pool.id, 10);
    for (const pool of pools) await makeDue(app, pool.id);

    // PostgreSQL: a second app on the same database, as a second instance would be. PGlite has one
    // owner per directory, so there the second closer is a second scheduler on the same database.
    const second =
      kind === 'postgres'
        ? await (async () => {
            const database = await openDatabase(app.config.database);
            const other = await buildApp(app.config, database, {
              logger: false,
              mailTransport: smtpTransport(smtp.url, from),
            });
            await other.ready();
            return { app: other, close: async () => (await other.close(), await database.close()) };
          })()
        : null;
    try {
      const closers = second
        ? [app.services.pools.closing, (second.app as unknown as TestApp).services.pools.closing]
        : [app.services.pools.closing, app.services.pools.closing];
      const now = new Date();
      const results = await Promise.all([...closers, ...closers].map((closing) => closing.closeDue(now)));
      expect(results.flat().sort()).toEqual(pools.map((pool) => pool.id).sort());

      for (const pool of pools) await smtp.waitFor(quinn.email, (mail) => mail.text?.includes(pool.id) ?? false);
      // Give any duplicate the time to arrive before counting.
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const pool of pools) {
        expect(
          smtp.received.filter((mail) => JSON.stringify(mail.to).includes(quinn.email) && mail.text?.includes(pool.id)),
        ).toHaveLength(1);
        expect(
          smtp.received.filter((mail) => JSON.stringify(mail.to).includes(olga.email) && mail.text?.includes(pool.id)),
        ).toHaveLength(1);
      }
      const notices = await app.database.db.execute(
        `select count(*)::int as n from notifications where kind in ('pool.going-ahead', 'pool.organizer-going-ahead') and link = any(array[${pools.map((pool) => `'/app/pools/${pool.id}'`).join(',')}])`,
      );
      expect((notices.rows as { n: number }[])[0]!.n).toBe(pools.length * 2);
    } finally {
      await second?.close();
    }
  });

  it('runs as the pool-close job: of two schedulers asking at once, one closes the due pool', async () => {
    const pool = await startPool(app, olga);
    await pledge(app, pia, pool.id, 1);
    await makeDue(app, pool.id);
    const schedulers: JobScheduler[] = [
      createJobScheduler(app.database.db, quietLog),
      createJobScheduler(app.database.db, quietLog),
    ];
    const closedBy: string[][] = [];
    for (const scheduler of schedulers)
      scheduler.add({
        name: `pool-close-${kind}-pair`,
        everyMs: 60_000,
        run: async (now) => void closedBy.push(await app.services.pools.closing.closeDue(now)),
      });
    const outcomes = await Promise.all(schedulers.map((scheduler) => scheduler.runNow(`pool-close-${kind}-pair`)));
    expect(outcomes.filter((outcome) => outcome === 'ran')).toHaveLength(1);
    expect(closedBy.flat()).toEqual([pool.id]);
    expect((await poolCall(app, pia, 'GET', `/api/pools/${pool.id}`)).json<Pool>().status).toBe('lapsed');
  });
});
