// What the modules share once built: profiles.requireVisibleMember (the one "a member you can
// see" check), and a change written in one transaction with its notification, so a notice that
// cannot be stored leaves nothing behind.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Connection } from '../src/contracts/network.ts';
import type { Actor } from '../src/server/http/actor.ts';
import { AppError } from '../src/server/http/errors.ts';
import { listMember, type Listed } from './support/listed-members.ts';
import { asMember } from './support/members.ts';
import { userIdOf } from './support/network.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from './support/test-app.ts';

describeEachDatabase('modules built once', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let members: Listed;
  let hidden: Listed;
  const actorOf = async (member: Listed): Promise<Actor> => ({
    kind: 'member',
    userId: await userIdOf(app, member),
    email: member.email,
    name: member.name,
    emailVerified: true,
  });
  const refusal = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    const { code, message } = error as AppError;
    return { code, message };
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    const place = { postalCode: '02116', country: 'US' as const };
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...place });
    sam = await listMember(app, { displayName: 'Sam Okafor', ...place });
    members = await listMember(app, { displayName: 'Mona Members', ...place, visibility: 'members' });
    hidden = await listMember(app, { displayName: 'Hilda Hidden', ...place, visibility: 'hidden' });
  });
  afterAll(async () => app?.cleanup());

  it('requireVisibleMember: the member, or the caller’s own refusal for a missing, hidden or self one', async () => {
    const { profiles } = app.services.profiles;
    const me = await actorOf(maria);
    expect((await profiles.requireVisibleMember(sam.slug, me, { field: 'toMemberSlug' })).userId).toBe(
      await userIdOf(app, sam),
    );
    expect((await profiles.requireVisibleMember(members.slug, me, { field: 'toMemberSlug' })).slug).toBe(members.slug);
    for (const slug of ['no-such-member', hidden.slug]) {
      expect(await refusal(profiles.requireVisibleMember(slug, me, { field: 'toMemberSlug' }))).toEqual({
        code: 'validation_failed',
        message: expect.stringMatching(/ is not a member you can see$/) as string,
      });
      expect(
        await refusal(
          profiles.requireVisibleMember(slug, me, {
            field: 'toMemberSlug',
            whenMissing: () => new AppError('not_found', 'No such member'),
          }),
        ),
      ).toEqual({
        code: 'not_found',
        message: 'No such member',
      });
    }
    expect(await refusal(profiles.requireVisibleMember(maria.slug, me, { field: 'slug', self: 'is you' }))).toEqual({
      code: 'validation_failed',
      message: expect.stringMatching(/ is you$/) as string,
    });
    // Without `self`, naming oneself is allowed (a module that has no such rule).
    expect((await profiles.requireVisibleMember(maria.slug, me, { field: 'slug' })).slug).toBe(maria.slug);
    // The hidden member may name themselves only as themselves.
    expect(
      await refusal(
        profiles.requireVisibleMember(hidden.slug, await actorOf(hidden), { field: 'slug', self: 'is you' }),
      ),
    ).toEqual({ code: 'validation_failed', message: expect.stringMatching(/ is you$/) as string });
  });

  it('leaves nothing written when the notification of a change cannot be stored', async () => {
    const listOf = async (who: Listed) =>
      (await app.inject({ method: 'GET', url: '/api/connections', headers: { cookie: who.cookie, origin } })).json<{
        items: Connection[];
      }>().items;
    // A real failure of the notifications table, only for the length of this request.
    await app.database.db.execute(sql`alter table notifications add constraint refuse_all check (false) not valid`);
    try {
      const asked = await app.inject({
        method: 'POST',
        url: '/api/connections',
        headers: asMember(maria.cookie),
        payload: { toMemberSlug: sam.slug },
      });
      expect(asked.statusCode).toBe(500);
    } finally {
      await app.database.db.execute(sql`alter table notifications drop constraint refuse_all`);
    }
    expect(await listOf(maria)).toEqual([]);
    expect(await listOf(sam)).toEqual([]);
    const again = await app.inject({
      method: 'POST',
      url: '/api/connections',
      headers: asMember(maria.cookie),
      payload: { toMemberSlug: sam.slug },
    });
    expect(again.statusCode, again.body).toBe(201);
  });
});
