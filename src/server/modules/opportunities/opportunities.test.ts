// The board through the API: posting each kind, search near a postal code (miles or km, kind, words,
// remote), edit/close/delete by the author only, reply by message, expiry archiving by the job,
// the new-account post limit, bad input naming its field with nothing written, and what a
// moderator's hide does (gone from search, detail and the public page; the author still sees it).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity, OpportunityList } from '../../../contracts/opportunities.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { ageAccount, callAs, dayFrom, jobPost, post, roomPost } from '../../../../test/support/opportunities.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import type { AppContext } from '../../context.ts';
import type { JobScheduler } from '../../jobs/job-scheduler.ts';
import { archiveExpiredOpportunities } from './opportunity-expiry.ts';

const dailyLimit = 3;

describeEachDatabase('opportunities board', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let job: Opportunity;
  const call = (who: Listed | null, method: string, url: string, payload?: object) =>
    callAs(app, who, method, url, payload);
  const search = async (who: Listed, query: string) => {
    const response = await call(who, 'GET', `/api/opportunities?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<OpportunityList>();
  };
  const ids = (list: OpportunityList) => list.items.map((item) => item.id);
  const count = async () =>
    Number((await app.database.db.execute(sql`select count(*)::int as n from opportunities`)).rows[0]!.n);

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { NEW_ACCOUNT_DAILY_POSTS: String(dailyLimit) } });
    maria = await listMember(app, { displayName: 'Maria Lopez', postalCode: '10001', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Rivera', postalCode: '10010', country: 'US' });
    await ageAccount(app, maria);
    job = await post(app, maria, jobPost());
  });
  afterAll(() => app?.cleanup());

  it('posts a job with its typed details, pay and place, and shows it to other members', async () => {
    expect(job).toMatchObject({
      kind: 'job',
      title: 'Massage therapist, prenatal focus',
      postalCode: '10002',
      place: 'New York, NY',
      status: 'open',
      hidden: false,
      mine: true,
      pay: { amountCents: 4500, currency: 'USD', per: 'hour' },
      details: { employment: 'employee', hours: '20 h a week' },
      author: { slug: maria.slug, displayName: 'Maria Lopez' },
    });
    const seen = await call(sam, 'GET', `/api/opportunities/${job.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<Opportunity>()).toMatchObject({ id: job.id, mine: false });
  });

  it('finds posts near a postal code, by kind, by words, in miles or km, with remote ones when asked', async () => {
    const room = await post(app, maria, roomPost());
    const far = await post(app, maria, jobPost({ postalCode: '90012', title: 'Spa therapist in Los Angeles' }));
    const remote = await post(
      app,
      maria,
      jobPost({ postalCode: undefined, remote: true, title: 'Remote intake coordinator' }),
    );

    const jobsNear = await search(sam, 'near=10001&radius=30&kind=job');
    expect(ids(jobsNear)).toContain(job.id);
    expect(ids(jobsNear)).not.toContain(room.id);
    expect(ids(jobsNear)).not.toContain(far.id);
    expect(ids(jobsNear)).not.toContain(remote.id);
    expect(jobsNear.origin?.label).toContain('10001');
    const miles = jobsNear.items.find((item) => item.id === job.id)!.distance!;
    expect(miles).toBeGreaterThan(0);
    expect(miles).toBeLessThan(5);

    const km = await search(sam, 'near=10001&radius=30&unit=km&kind=job');
    expect(km.items.find((item) => item.id === job.id)!.distance).toBeCloseTo(miles * 1.609344, 0);
    // The radius is in miles unless unit=km: a radius just past the job's distance finds it in
    // miles and not in kilometres.
    const radius = (miles * 1.3).toFixed(2);
    expect(ids(await search(sam, `near=10001&radius=${radius}&kind=job`))).toEqual([job.id]);
    expect(ids(await search(sam, `near=10001&radius=${radius}&unit=km&kind=job`))).toEqual([]);

    const withRemote = await search(sam, 'near=10001&radius=30&kind=job&remote=true');
    expect(ids(withRemote)).toEqual([job.id, remote.id]);

    expect(ids(await search(sam, 'near=10001&radius=30&q=PRENATAL'))).toEqual([job.id]);
    expect(ids(await search(sam, 'q=los%20angeles'))).toEqual([far.id]);
    expect(ids(await search(sam, 'q=prenatal%20clinic&kind=room'))).toEqual([]);
    expect(ids(await search(sam, 'remote=true'))).toEqual([remote.id]);
    expect(ids(await search(sam, 'kind=room'))).toEqual([room.id]);

    for (const id of [room.id, far.id, remote.id])
      expect((await call(maria, 'DELETE', `/api/opportunities/${id}`)).statusCode).toBe(204);
  });

  it('lets only the author edit, close and delete; a closed post leaves search', async () => {
    const mine = await post(
      app,
      maria,
      jobPost({
        title: 'Weekend chair massage at a fair',
        kind: 'event',
        details: { venue: 'Pier 36' },
        pay: undefined,
      }),
    );
    for (const [method, url, body] of [
      ['PATCH', `/api/opportunities/${mine.id}`, { title: 'Taken over' }],
      ['POST', `/api/opportunities/${mine.id}/close`, {}],
      ['DELETE', `/api/opportunities/${mine.id}`, undefined],
    ] as const) {
      const refused = await call(sam, method, url, body);
      expect(refused.statusCode).toBe(404);
      expect(refused.json<{ error: { message: string } }>().error.message).toBe('No such opportunity');
    }
    const edited = await call(maria, 'PATCH', `/api/opportunities/${mine.id}`, {
      title: 'Chair massage at the street fair',
      details: { venue: 'Pier 35' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Opportunity>()).toMatchObject({
      title: 'Chair massage at the street fair',
      details: { venue: 'Pier 35' },
    });
    expect(ids(await search(sam, 'q=street%20fair'))).toEqual([mine.id]);

    const closed = await call(maria, 'POST', `/api/opportunities/${mine.id}/close`, {});
    expect(closed.json<Opportunity>().status).toBe('closed');
    expect(ids(await search(sam, 'q=street%20fair'))).toEqual([]);
    expect((await call(sam, 'GET', `/api/opportunities/${mine.id}`)).statusCode).toBe(404);
    expect((await call(maria, 'GET', `/api/opportunities/${mine.id}`)).json<Opportunity>().status).toBe('closed');
    expect((await call(maria, 'POST', `/api/opportunities/${mine.id}/close`, {})).statusCode).toBe(409);

    expect((await call(maria, 'DELETE', `/api/opportunities/${mine.id}`)).statusCode).toBe(204);
    expect((await call(maria, 'GET', `/api/opportunities/${mine.id}`)).statusCode).toBe(404);
  });

  it('replies by message in the direct conversation with the author', async () => {
    const first = await call(sam, 'POST', `/api/opportunities/${job.id}/reply`, {
      body: 'I have five years of prenatal work.',
    });
    expect(first.statusCode, first.body).toBe(201);
    const { conversationId } = first.json<{ conversationId: string }>();
    const messages = await call(maria, 'GET', `/api/conversations/${conversationId}/messages`);
    expect(messages.statusCode, messages.body).toBe(200);
    expect(messages.body).toContain('Re: Massage therapist, prenatal focus');
    expect(messages.body).toContain('I have five years of prenatal work.');
    // The same pair's conversation is reused.
    const again = await call(sam, 'POST', `/api/opportunities/${job.id}/reply`, { body: 'And a follow-up.' });
    expect(again.json<{ conversationId: string }>().conversationId).toBe(conversationId);
    const own = await call(maria, 'POST', `/api/opportunities/${job.id}/reply`, { body: 'Hello me' });
    expect(own.statusCode).toBe(400);
    expect(own.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('id');
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const before = await count();
    const cases: [object, string][] = [
      [{ ...jobPost(), kind: 'spaceship' }, 'kind'],
      [jobPost({ details: { employment: 'forever' } }), 'details.employment'],
      [jobPost({ postalCode: '00000' }), 'postalCode'],
      [jobPost({ postalCode: undefined, remote: false }), 'postalCode'],
      [jobPost({ expiresOn: dayFrom(-3) }), 'expiresOn'],
      [jobPost({ expiresOn: dayFrom(400) }), 'expiresOn'],
      [jobPost({ startsOn: dayFrom(5), endsOn: dayFrom(2) }), 'endsOn'],
      [jobPost({ title: '' }), 'title'],
      [jobPost({ pay: { amountCents: -1, per: 'hour' } }), 'pay.amountCents'],
      [roomPost({ pay: { amountCents: 100, per: 'day' } }), 'pay'],
      [roomPost({ details: { arrangement: 'share', per: 'week' } }), 'details.per'],
      [jobPost({ kind: 'cover-shift', details: { awayId: crypto.randomUUID() } }), 'details.awayId'],
    ];
    for (const [body, field] of cases) {
      const response = await call(maria, 'POST', '/api/opportunities', body);
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
      const fields = response.json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field);
      expect(fields, response.body).toContain(field);
    }
    const badEdit = await call(maria, 'PATCH', `/api/opportunities/${job.id}`, {
      details: { employment: 'sometimes' },
    });
    expect(badEdit.statusCode).toBe(400);
    expect(badEdit.body).toContain('details.employment');
    const badSearch = await call(sam, 'GET', '/api/opportunities?near=99999');
    expect(badSearch.statusCode).toBe(400);
    expect(badSearch.body).toContain('near');
    expect(await count()).toBe(before);
    expect((await call(maria, 'GET', `/api/opportunities/${job.id}`)).json<Opportunity>().details).toMatchObject({
      employment: 'employee',
    });
  });

  it('links a cover shift to the author’s own away period', async () => {
    const away = await call(maria, 'POST', '/api/away', {
      reason: 'vacation',
      startsOn: dayFrom(10),
      endsOn: dayFrom(17),
      message: '',
      coverSlugs: [sam.slug],
    });
    expect(away.statusCode, away.body).toBe(201);
    const awayId = away.json<{ id: string }>().id;
    const shift = await post(
      app,
      maria,
      jobPost({
        kind: 'cover-shift',
        title: 'Cover my Tuesday clients',
        pay: undefined,
        details: { awayId, shifts: 'Tuesdays 9–5' },
      }),
    );
    expect(shift.details).toMatchObject({ awayId });
    // Sam cannot link Maria's period to a post of his.
    const theirs = await call(
      sam,
      'POST',
      '/api/opportunities',
      jobPost({ kind: 'cover-shift', pay: undefined, details: { awayId } }),
    );
    expect(theirs.statusCode).toBe(400);
    expect(theirs.body).toContain('details.awayId');
    await call(maria, 'DELETE', `/api/opportunities/${shift.id}`);
  });

  it('archives expired posts with the scheduler: gone from search and other members, kept for the author', async () => {
    const soon = await post(
      app,
      maria,
      jobPost({ title: 'Short contract, expiring', details: { employment: 'contractor' } }),
    );
    await app.database.db.execute(sql`update opportunities set expires_on = current_date - 3 where id = ${soon.id}`);
    expect(await (app as unknown as { jobs: JobScheduler }).jobs.runNow('opportunity-expiry')).toBe('ran');
    const row = (await app.database.db.execute(sql`select status from opportunities where id = ${soon.id}`)).rows[0];
    expect(row).toMatchObject({ status: 'archived' });
    expect(ids(await search(sam, 'q=expiring'))).toEqual([]);
    expect((await call(sam, 'GET', `/api/opportunities/${soon.id}`)).statusCode).toBe(404);
    expect((await app.inject({ url: `/opportunities/${soon.id}` })).statusCode).toBe(404);
    const mine = (await call(maria, 'GET', '/api/opportunities/mine')).json<{ items: Opportunity[] }>();
    expect(mine.items.find((item) => item.id === soon.id)?.status).toBe('archived');
    // A second pass finds nothing left to archive; the open job is untouched.
    expect(await archiveExpiredOpportunities({ db: app.database.db } as AppContext)).toEqual([]);
    expect((await call(sam, 'GET', `/api/opportunities/${job.id}`)).statusCode).toBe(200);
  });

  it('limits a new account’s posts a day (429), not an older one’s', async () => {
    const newcomer = await listMember(app, { displayName: 'Nina New', postalCode: '10011', country: 'US' });
    for (let i = 0; i < dailyLimit; i++) await post(app, newcomer, jobPost({ title: `New account post ${i}` }));
    const refused = await call(newcomer, 'POST', '/api/opportunities', jobPost({ title: 'One too many' }));
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // A refused post is not written.
    expect(ids(await search(sam, 'q=too%20many'))).toEqual([]);
    for (let i = 0; i <= dailyLimit; i++) await post(app, maria, jobPost({ title: `Older account post ${i}` }));
  });

  describe('moderation (reportables)', () => {
    it('hides a post from search, detail and the public page; its author still sees it marked hidden', async () => {
      const [reportable] = app.services.opportunities.reportables;
      expect(reportable!.kind).toBe('opportunity');
      const target = await post(app, maria, jobPost({ title: 'Questionable offer of quick cash' }));
      const samActor = {
        kind: 'member' as const,
        userId: await userIdOf(sam),
        email: sam.email,
        name: sam.name,
        emailVerified: true,
      };
      expect(await reportable!.visibleTo(samActor, target.id)).toBe(true);
      expect(await reportable!.describe(target.id)).toMatchObject({
        title: 'Questionable offer of quick cash',
        path: `/app/opportunities/${target.id}`,
        hidden: false,
      });
      expect((await app.inject({ url: `/opportunities/${target.id}` })).statusCode).toBe(200);

      await reportable!.setHidden(target.id, true);
      expect(ids(await search(sam, 'q=questionable'))).toEqual([]);
      expect((await app.inject({ url: '/opportunities?kind=job' })).body).not.toContain('Questionable offer');
      expect((await call(sam, 'GET', `/api/opportunities/${target.id}`)).statusCode).toBe(404);
      expect((await call(sam, 'POST', `/api/opportunities/${target.id}/reply`, { body: 'hi' })).statusCode).toBe(404);
      expect((await app.inject({ url: `/opportunities/${target.id}` })).statusCode).toBe(404);
      expect(await reportable!.visibleTo(samActor, target.id)).toBe(false);
      const own = await call(maria, 'GET', `/api/opportunities/${target.id}`);
      expect(own.json<Opportunity>()).toMatchObject({ hidden: true, mine: true });
      expect((await reportable!.describe(target.id))?.hidden).toBe(true);

      await reportable!.setHidden(target.id, false);
      expect(ids(await search(sam, 'q=questionable'))).toEqual([target.id]);
      expect(await reportable!.describe(crypto.randomUUID())).toBeNull();
    });
  });

  async function userIdOf(who: Listed) {
    const rows = await app.database.db.execute(sql`select id from "user" where email = ${who.email}`);
    return String(rows.rows[0]!.id);
  }
});
