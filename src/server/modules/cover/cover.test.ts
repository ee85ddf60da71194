// Cover when away: declaring a period, colleagues accepting or declining their own invitation, the
// notice on the profile, the directory and the public page while it runs (and not after), the
// referrals domain's questions (coverFor, awayUserIds), and one thank-you per covering colleague.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import type { AwayPeriod } from '../../../contracts/cover.ts';
import { directoryQuerySchema, directoryResultSchema, type DirectoryResult } from '../../../contracts/directory.ts';
import type { Profile } from '../../../contracts/profile.ts';
import type { AppContext } from '../../context.ts';
import { thankCoveringColleagues } from './away-thanks.ts';
import { insertReferral, notificationsOf, userIdOf } from '../../../../test/support/network.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';
import { addDays, calendarDay } from '../../lib/time.ts';

// Days on the members' own calendar (their Boston postal codes give them New York's zone), the one
// their away periods and consents are read on.
const day = (offset: number) => addDays(calendarDay('America/New_York'), offset);

describeEachDatabase('cover when away', (kind) => {
  let app: TestApp;
  let context: AppContext;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;
  let pat: Listed;
  let hidden: Listed;
  let period: AwayPeriod;

  const call = (who: Listed | null, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: who ? (payload === undefined ? { cookie: who.cookie, origin } : asMember(who.cookie)) : { origin },
      payload,
    });
  // The thank-you pass takes the app's own services (built once by its modules).
  const thankDeps = () => ({
    profiles: app.services.profiles.profiles,
    network: app.services.network.network,
    notifications: app.services.notifications.notifications,
  });
  const coverOf = (member: Listed) => period.covers.find((cover) => cover.member.slug === member.slug)!;
  const profileOf = async (member: Listed) => (await call(null, 'GET', `/api/profiles/${member.slug}`)).json<Profile>();
  const directoryEntry = async (member: Listed) =>
    (await call(null, 'GET', `/api/directory?q=${encodeURIComponent(member.name)}`))
      .json<DirectoryResult>()
      .items.find((item) => item.slug === member.slug)!;

  beforeAll(async () => {
    app = await createTestApp(kind);
    // The services read only the database and config; the rest of the context is not needed here.
    context = { db: app.database.db, config: app.config } as AppContext;
    const place = { postalCode: '02116', country: 'US' as const };
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...place });
    sam = await listMember(app, { displayName: 'Sam Okafor', ...place });
    lee = await listMember(app, { displayName: 'Lee Chen', ...place });
    pat = await listMember(app, { displayName: 'Pat Rivera', ...place });
    hidden = await listMember(app, { displayName: 'Hilda Hidden', ...place, visibility: 'hidden' });
  });
  afterAll(async () => app?.cleanup());

  it('refuses bad periods naming the field', async () => {
    const base = { reason: 'vacation', startsOn: day(0), endsOn: day(3), coverSlugs: [sam.slug] };
    const cases: [object, string][] = [
      [{ ...base, endsOn: day(-1) }, 'endsOn'],
      [{ ...base, startsOn: day(-5), endsOn: day(-1) }, 'endsOn'],
      [{ ...base, reason: 'bored' }, 'reason'],
      [{ ...base, coverSlugs: [] }, 'coverSlugs'],
      [{ ...base, coverSlugs: [maria.slug] }, 'coverSlugs.0'],
      [{ ...base, coverSlugs: [sam.slug, hidden.slug] }, 'coverSlugs.1'],
      [{ ...base, startsOn: '2026-02-30' }, 'startsOn'],
    ];
    for (const [body, field] of cases) {
      const response = await call(maria, 'POST', '/api/away', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(field);
    }
    expect((await call(maria, 'GET', '/api/away')).json<{ mine: unknown[] }>().mine).toEqual([]);
  });

  it('declares a period and invites each colleague', async () => {
    const response = await call(maria, 'POST', '/api/away', {
      reason: 'ill',
      startsOn: day(0),
      endsOn: day(3),
      message: 'Back soon.',
      coverSlugs: [sam.slug, lee.slug],
    });
    expect(response.statusCode, response.body).toBe(201);
    period = response.json<AwayPeriod>();
    expect(period).toMatchObject({
      reason: 'ill',
      state: 'running',
      startsOn: day(0),
      endsOn: day(3),
      message: 'Back soon.',
    });
    expect(period.covers.map((cover) => [cover.member.slug, cover.status]).sort()).toEqual(
      [
        [lee.slug, 'invited'],
        [sam.slug, 'invited'],
      ].sort(),
    );
    expect(await notificationsOf(app, await userIdOf(app, sam), 'away.cover-invited')).toHaveLength(1);
    const overlapping = await call(maria, 'POST', '/api/away', {
      reason: 'vacation',
      startsOn: day(2),
      endsOn: day(9),
      coverSlugs: [pat.slug],
    });
    expect(overlapping.statusCode).toBe(409);
    const invitations = (await call(sam, 'GET', '/api/away')).json<{
      covering: { coverId: string; member: { slug: string }; status: string }[];
    }>().covering;
    expect(invitations.map((item) => [item.coverId, item.member.slug, item.status])).toEqual([
      [coverOf(sam).id, maria.slug, 'invited'],
    ]);
  });

  it('only the invited colleague accepts or declines their invitation; twice is one answer', async () => {
    const url = (member: Listed, action: string) => `/api/away/${period.id}/covers/${coverOf(member).id}/${action}`;
    expect((await call(maria, 'POST', url(sam, 'accept'), {})).statusCode).toBe(404);
    expect((await call(pat, 'POST', url(sam, 'accept'), {})).statusCode).toBe(404);
    expect((await call(lee, 'POST', url(sam, 'accept'), {})).statusCode).toBe(404);
    const [first, second] = await Promise.all([
      call(sam, 'POST', url(sam, 'accept'), {}),
      call(sam, 'POST', url(sam, 'accept'), {}),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    expect((await call(lee, 'POST', url(lee, 'decline'), {})).statusCode).toBe(200);
    expect(await notificationsOf(app, await userIdOf(app, maria), 'away.cover-accepted')).toHaveLength(1);
    const mine = (await call(maria, 'GET', '/api/away')).json<{ mine: AwayPeriod[] }>().mine;
    expect(mine[0]!.covers.map((cover) => [cover.member.slug, cover.status]).sort()).toEqual(
      [
        [lee.slug, 'declined'],
        [sam.slug, 'accepted'],
      ].sort(),
    );
  });

  it('shows the notice on the profile, the directory and the public page while the period runs', async () => {
    const notice = { until: day(3), message: 'Back soon.', coveredBy: [{ slug: sam.slug, displayName: 'Sam Okafor' }] };
    expect((await profileOf(maria)).away).toEqual(notice);
    expect((await directoryEntry(maria)).away).toEqual(notice);
    expect((await profileOf(sam)).away).toBeUndefined();
    expect((await directoryEntry(sam)).away).toBeUndefined();
    const page = await app.inject({ method: 'GET', url: `/p/${maria.slug}` });
    expect(page.body).toContain(`Away until ${day(3)}`);
    expect(page.body).toContain(`href="/p/${sam.slug}"`);
    const listing = await app.inject({ method: 'GET', url: `/directory?q=${encodeURIComponent(maria.name)}` });
    expect(listing.body).toContain(`Away until ${day(3)} · covered by Sam Okafor`);
  });

  it("answers the directory in exactly its contract's shape, an away notice included (production writes it unchecked)", async () => {
    // http/built-response.ts: in production the route writes the service's own JSON text (searchJson);
    // it must be what the schema's own encoding gives, key for key, with nothing more.
    const query = directoryQuerySchema.parse({ q: 'a', pageSize: '50' });
    const answer = await app.services.directory.search(null, query);
    expect(answer.items.some((item) => item.away)).toBe(true);
    expect(JSON.stringify(answer)).toBe(JSON.stringify(z.encode(directoryResultSchema, answer)));
    // And the text production writes (searchJson) is that very answer, the away notice included.
    expect(await app.services.directory.searchJson(null, query)).toBe(JSON.stringify(answer));
  });

  it('tells the referrals domain whom to send to while the period runs', async () => {
    const [m, s, l] = [await userIdOf(app, maria), await userIdOf(app, sam), await userIdOf(app, lee)];
    const away = app.services.cover.away;
    expect(await away.coverFor(m)).toEqual({ awayId: period.id, coverUserIds: [s], until: day(3) });
    expect(await away.coverFor(s)).toBeNull();
    expect(await away.coverFor(m, new Date(Date.now() + 5 * 86_400_000))).toBeNull();
    expect([...(await away.awayUserIds([m, s, l]))]).toEqual([m]);
  });

  it('ends early: the notice goes, only the owner may end it, and each accepted cover is thanked once', async () => {
    const [m, s, l] = [await userIdOf(app, maria), await userIdOf(app, sam), await userIdOf(app, lee)];
    await insertReferral(app, { from: await userIdOf(app, pat), to: s, redirectedFrom: m, status: 'accepted' });
    await insertReferral(app, { from: await userIdOf(app, pat), to: s, redirectedFrom: m });
    expect(await thankCoveringColleagues(context, thankDeps())).toBe(0);
    expect((await call(sam, 'POST', `/api/away/${period.id}/end`, {})).statusCode).toBe(404);
    const ended = await call(maria, 'POST', `/api/away/${period.id}/end`, {});
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json<AwayPeriod>().state).toBe('over');
    expect((await call(maria, 'POST', `/api/away/${period.id}/end`, {})).statusCode).toBe(409);
    expect((await profileOf(maria)).away).toBeUndefined();
    expect((await directoryEntry(maria)).away).toBeUndefined();
    expect((await call(lee, 'POST', `/api/away/${period.id}/covers/${coverOf(lee).id}/accept`, {})).statusCode).toBe(
      409,
    );

    const runs = await Promise.all([
      thankCoveringColleagues(context, thankDeps()),
      thankCoveringColleagues(context, thankDeps()),
    ]);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await thankCoveringColleagues(context, thankDeps())).toBe(0);
    const thanks = await notificationsOf(app, s, 'away.thanks');
    expect(thanks).toHaveLength(1);
    expect(thanks[0]!.body).toContain('2 referrals were redirected to you');
    expect(await notificationsOf(app, l, 'away.thanks')).toEqual([]);
    const handled = (await call(sam, 'GET', '/api/away')).json<{
      covering: { awayId: string; state: string; redirected: number }[];
    }>().covering;
    expect(handled.find((item) => item.awayId === period.id)).toMatchObject({ state: 'over', redirected: 2 });
  });

  it('returns to normal at the end date with nothing run, then thanks', async () => {
    const response = await call(maria, 'POST', '/api/away', {
      reason: 'vacation',
      startsOn: day(0),
      endsOn: day(1),
      coverSlugs: [pat.slug],
    });
    expect(response.statusCode, response.body).toBe(201);
    const second = response.json<AwayPeriod>();
    const pats = second.covers[0]!;
    expect((await call(pat, 'POST', `/api/away/${second.id}/covers/${pats.id}/accept`, {})).statusCode).toBe(200);
    expect((await profileOf(maria)).away?.coveredBy).toEqual([{ slug: pat.slug, displayName: 'Pat Rivera' }]);
    // Time passes: the same period, seen from the day after it ended.
    const later = new Date(Date.now() + 2 * 86_400_000);
    expect(await app.services.cover.away.coverFor(await userIdOf(app, maria), later)).toBeNull();
    await app.database.db.execute(
      sql`update away_periods set starts_on = ${day(-3)}::date, ends_on = ${day(-1)}::date where id = ${second.id}`,
    );
    expect((await profileOf(maria)).away).toBeUndefined();
    expect((await directoryEntry(maria)).away).toBeUndefined();
    expect(
      (await call(maria, 'GET', '/api/away')).json<{ mine: AwayPeriod[] }>().mine.find((item) => item.id === second.id)!
        .state,
    ).toBe('over');
    expect(await thankCoveringColleagues(context, thankDeps())).toBe(1);
    const thanks = await notificationsOf(app, await userIdOf(app, pat), 'away.thanks');
    expect(thanks).toHaveLength(1);
    expect(thanks[0]!.body).toContain(`from ${day(-3)} to ${day(-1)}`);
  });
});
