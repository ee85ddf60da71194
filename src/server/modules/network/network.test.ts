// The trusted network: asking, accepting, removing, who may do which, the private trusted mark.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Connection } from '../../../contracts/network.ts';
import { notificationsOf, userIdOf } from '../../../../test/support/network.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('trusted network: connections', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;
  let hidden: Listed;

  const call = (who: Listed, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: payload === undefined ? { cookie: who.cookie, origin } : asMember(who.cookie),
      payload,
    });
  const listOf = async (who: Listed) =>
    (await call(who, 'GET', '/api/connections')).json<{ items: Connection[] }>().items;

  beforeAll(async () => {
    app = await createTestApp(kind);
    const profile = { postalCode: '02116', country: 'US' as const, profession: 'massage-therapist' as const };
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...profile });
    sam = await listMember(app, { displayName: 'Sam Okafor', ...profile });
    lee = await listMember(app, { displayName: 'Lee Chen', ...profile });
    hidden = await listMember(app, { displayName: 'Hilda Hidden', ...profile, visibility: 'hidden' });
  });
  afterAll(async () => app?.cleanup());

  it('asks, notifies, and only the member asked can accept; the requester then hears of it', async () => {
    const asked = await call(maria, 'POST', '/api/connections', { toMemberSlug: sam.slug });
    expect(asked.statusCode, asked.body).toBe(201);
    const request = asked.json<Connection>();
    expect(request).toMatchObject({
      status: 'pending',
      direction: 'outgoing',
      member: { slug: sam.slug, displayName: 'Sam Okafor' },
      trusted: false,
      acceptedAt: null,
    });
    expect(await notificationsOf(app, await userIdOf(app, sam), 'connection.requested')).toHaveLength(1);
    expect((await listOf(sam))[0]).toMatchObject({
      id: request.id,
      direction: 'incoming',
      status: 'pending',
      member: { slug: maria.slug },
    });

    expect((await call(maria, 'POST', `/api/connections/${request.id}/accept`, {})).statusCode).toBe(409);
    expect((await call(lee, 'POST', `/api/connections/${request.id}/accept`, {})).statusCode).toBe(404);
    expect((await call(maria, 'POST', '/api/connections', { toMemberSlug: sam.slug })).statusCode).toBe(409);

    const accepted = await call(sam, 'POST', `/api/connections/${request.id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<Connection>()).toMatchObject({ status: 'accepted', direction: 'incoming' });
    expect(await notificationsOf(app, await userIdOf(app, maria), 'connection.accepted')).toHaveLength(1);
    expect((await call(sam, 'POST', `/api/connections/${request.id}/accept`, {})).statusCode).toBe(409);
    expect((await call(sam, 'POST', '/api/connections', { toMemberSlug: maria.slug })).statusCode).toBe(409);
    expect((await listOf(maria)).map((item) => item.status)).toEqual(['accepted']);
  });

  it('refuses yourself (400 naming the field), a hidden or unknown member (404)', async () => {
    const self = await call(lee, 'POST', '/api/connections', { toMemberSlug: lee.slug });
    expect(self.statusCode).toBe(400);
    expect(self.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('toMemberSlug');
    expect((await call(lee, 'POST', '/api/connections', { toMemberSlug: hidden.slug })).statusCode).toBe(404);
    expect((await call(lee, 'POST', '/api/connections', { toMemberSlug: 'nobody-here' })).statusCode).toBe(404);
    expect((await call(lee, 'POST', '/api/connections', {})).statusCode).toBe(400);
    expect(await listOf(lee)).toEqual([]);
  });

  it('a request crossing one from the other side accepts it', async () => {
    const asked = await call(lee, 'POST', '/api/connections', { toMemberSlug: sam.slug });
    expect(asked.statusCode).toBe(201);
    const crossing = await call(sam, 'POST', '/api/connections', { toMemberSlug: lee.slug });
    expect(crossing.statusCode, crossing.body).toBe(200);
    expect(crossing.json<Connection>()).toMatchObject({
      id: asked.json<Connection>().id,
      status: 'accepted',
      direction: 'incoming',
    });
  });

  it('the trusted mark is seen only by whoever set it', async () => {
    const id = (await listOf(maria)).find((item) => item.member.slug === sam.slug)!.id;
    const marked = await call(maria, 'PATCH', `/api/connections/${id}`, { trusted: true });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json<Connection>().trusted).toBe(true);
    expect((await listOf(maria)).find((item) => item.id === id)!.trusted).toBe(true);
    expect((await listOf(sam)).find((item) => item.id === id)!.trusted).toBe(false);
    expect((await call(lee, 'PATCH', `/api/connections/${id}`, { trusted: true })).statusCode).toBe(404);
    expect((await call(maria, 'PATCH', `/api/connections/${id}`, { trusted: 'yes' })).statusCode).toBe(400);
  });

  it('either side removes; a third member cannot', async () => {
    const id = (await listOf(lee)).find((item) => item.member.slug === sam.slug)!.id;
    expect((await call(maria, 'DELETE', `/api/connections/${id}`)).statusCode).toBe(404);
    expect((await call(lee, 'DELETE', `/api/connections/${id}`)).statusCode).toBe(204);
    expect((await listOf(sam)).some((item) => item.id === id)).toBe(false);
    expect((await call(sam, 'DELETE', `/api/connections/${id}`)).statusCode).toBe(404);
  });

  it('two requests between the same pair at once make one connection', async () => {
    const [a, b] = await Promise.all([
      call(lee, 'POST', '/api/connections', { toMemberSlug: maria.slug }),
      call(maria, 'POST', '/api/connections', { toMemberSlug: lee.slug }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    const mine = (await listOf(lee)).filter((item) => item.member.slug === maria.slug);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.status).toBe('accepted');
  });
});
