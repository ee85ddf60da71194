// Endorsements: refused until two connected members have worked together, only for what is on the
// profile, once per item, counted on the profile, and withdrawn by the endorser.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Endorsement } from '../../../contracts/network.ts';
import type { Profile } from '../../../contracts/profile.ts';
import { connect, insertReferral, insertTrade, userIdOf } from '../../../../test/support/network.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('trusted network: endorsements', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;
  let mariaToSam: string;
  let leeToSam: string;

  const call = (who: Listed, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: payload === undefined ? { cookie: who.cookie, origin } : asMember(who.cookie),
      payload,
    });
  const endorse = (who: Listed, id: string, body: object) =>
    call(who, 'POST', `/api/connections/${id}/endorsements`, body);
  const countsOnProfile = async () =>
    (await app.inject({ method: 'GET', url: `/api/profiles/${sam.slug}` })).json<Profile>().endorsements;

  beforeAll(async () => {
    app = await createTestApp(kind);
    const place = { postalCode: '02116', country: 'US' as const };
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...place });
    sam = await listMember(app, {
      displayName: 'Sam Okafor',
      ...place,
      specialties: ['sports', 'prenatal'],
      modalities: ['deep-tissue'],
    });
    lee = await listMember(app, { displayName: 'Lee Chen', ...place });
    mariaToSam = await connect(app, maria, sam);
    leeToSam = await connect(app, lee, sam);
  });
  afterAll(async () => app?.cleanup());

  it('is refused before the two have worked together, and a declined referral does not count', async () => {
    expect((await endorse(maria, mariaToSam, { kind: 'specialty', key: 'sports' })).statusCode).toBe(409);
    await insertReferral(app, { from: await userIdOf(app, maria), to: await userIdOf(app, sam), status: 'declined' });
    await insertTrade(app, await userIdOf(app, maria), await userIdOf(app, sam), 'proposed');
    expect((await endorse(maria, mariaToSam, { kind: 'specialty', key: 'sports' })).statusCode).toBe(409);
    expect(await countsOnProfile()).toEqual({ specialties: {}, modalities: {} });
  });

  it('is accepted after an accepted referral, once per item, only for what is on their profile', async () => {
    await insertReferral(app, { from: await userIdOf(app, sam), to: await userIdOf(app, maria), status: 'seen' });
    const made = await endorse(maria, mariaToSam, { kind: 'specialty', key: 'sports' });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json<Endorsement>()).toMatchObject({ kind: 'specialty', key: 'sports' });
    expect((await endorse(maria, mariaToSam, { kind: 'specialty', key: 'sports' })).statusCode).toBe(409);
    expect((await endorse(maria, mariaToSam, { kind: 'specialty', key: 'geriatric' })).statusCode).toBe(409);
    const unknown = await endorse(maria, mariaToSam, { kind: 'modality', key: 'levitation' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('key');
    expect((await endorse(maria, mariaToSam, { kind: 'modality', key: 'deep-tissue' })).statusCode).toBe(201);
  });

  it('is accepted after a completed trade, and the profile counts every endorser', async () => {
    await insertTrade(app, await userIdOf(app, sam), await userIdOf(app, lee));
    expect((await endorse(lee, leeToSam, { kind: 'specialty', key: 'sports' })).statusCode).toBe(201);
    expect(await countsOnProfile()).toEqual({ specialties: { sports: 2 }, modalities: { 'deep-tissue': 1 } });
  });

  it('a member who is not part of the connection gets 404; the endorser withdraws', async () => {
    expect((await endorse(lee, mariaToSam, { kind: 'specialty', key: 'prenatal' })).statusCode).toBe(404);
    const mine = (await call(maria, 'GET', '/api/connections')).json<{
      items: { id: string; myEndorsements: Endorsement[] }[];
    }>().items;
    const sports = mine.find((item) => item.id === mariaToSam)!.myEndorsements.find((item) => item.key === 'sports')!;
    expect((await call(lee, 'DELETE', `/api/connections/${mariaToSam}/endorsements/${sports.id}`)).statusCode).toBe(
      404,
    );
    expect((await call(maria, 'DELETE', `/api/connections/${mariaToSam}/endorsements/${sports.id}`)).statusCode).toBe(
      204,
    );
    expect((await countsOnProfile())?.specialties).toEqual({ sports: 1 });
  });

  it('is withdrawn only by its endorser through its own connection: the endorsed member and a wrong connection get the stranger’s 404', async () => {
    const made = await endorse(maria, mariaToSam, { kind: 'specialty', key: 'prenatal' });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json<Endorsement>().id;
    const before = await countsOnProfile();
    for (const [who, connection] of [
      [sam, mariaToSam], // the endorsed member is a side of the connection, not the endorser
      [lee, mariaToSam], // a stranger to the connection
      [maria, leeToSam], // the endorser, through a connection it was not made on
    ] as const) {
      const refused = await call(who, 'DELETE', `/api/connections/${connection}/endorsements/${id}`);
      expect(refused.statusCode).toBe(404);
      expect(refused.json<{ error: { message: string } }>().error.message).toBe('No such endorsement');
    }
    expect(await countsOnProfile()).toEqual(before);
    expect((await call(maria, 'DELETE', `/api/connections/${mariaToSam}/endorsements/${id}`)).statusCode).toBe(204);
    expect((await call(maria, 'DELETE', `/api/connections/${mariaToSam}/endorsements/${id}`)).statusCode).toBe(404);
  });

  it('removing the connection withdraws what was endorsed through it', async () => {
    expect((await call(sam, 'DELETE', `/api/connections/${leeToSam}`)).statusCode).toBe(204);
    expect((await countsOnProfile())?.specialties).toEqual({});
    expect((await endorse(lee, leeToSam, { kind: 'specialty', key: 'sports' })).statusCode).toBe(404);
  });
});
