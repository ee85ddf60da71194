// Consent records: how they are given and withdrawn, and the rules a referral relies on — which
// recipients a consent covers, that a withdrawn or expired one covers nobody, and that the packet
// holds only what was both chosen and consented to.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessLogEntry, Client, Consent, ConsentCreateInput } from '../../../contracts/clients.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { clientsService, type ClientsService } from './clients.service.ts';
import { contactsService } from '../contacts/contacts.service.ts';
import { profilesService } from '../profiles/profiles.service.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { addDays, calendarDay } from '../../lib/time.ts';

// expect.stringContaining is typed any; as a string it matches where a message is expected.
const stringContaining = (text: string) => expect.stringContaining(text) as string;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
// Days on the members' own calendar (their Boston postal codes give them New York's zone), the one
// their consents' expiry is read on.
const memberDay = (offset: number) => addDays(calendarDay('America/New_York'), offset);
const userIdOf = async (app: TestApp, member: Listed) =>
  (await app.inject({ url: '/api/auth/get-session', headers: asMember(member.cookie) })).json<{
    user: { id: string };
  }>().user.id;

describeEachDatabase('client consents', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let lena: Listed;
  let marcus: Listed;
  let actor: Actor;
  let lenaUserId: string;
  let marcusUserId: string;
  let clients: ClientsService;
  let clientId: string;
  let contactId: string;

  const call = (method: 'GET' | 'POST', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: asMember(maria.cookie),
      ...(body === undefined ? {} : { payload: body as object }),
    });
  const give = async (body: ConsentCreateInput, forClient = clientId) => {
    const response = await call('POST', `/api/clients/${forClient}/consents`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Consent>();
  };
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught as { code: string; message: string; details?: { field: string; message: string }[] },
    );
    expect(error, 'expected a refusal').not.toBeNull();
    return {
      code: error!.code,
      field: error!.details?.[0]?.field,
      message: error!.details?.[0]?.message ?? error!.message,
    };
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, {
      displayName: 'Maria Alvarez',
      postalCode: '02116',
      country: 'US',
      profession: 'massage-therapist',
    });
    lena = await listMember(app, {
      displayName: 'Dr. Lena Ortiz',
      postalCode: '02139',
      country: 'US',
      profession: 'chiropractor',
    });
    marcus = await listMember(app, {
      displayName: 'Marcus Webb',
      postalCode: '02139',
      country: 'US',
      profession: 'physiotherapist',
    });
    [lenaUserId, marcusUserId] = [await userIdOf(app, lena), await userIdOf(app, marcus)];
    actor = {
      kind: 'member',
      userId: await userIdOf(app, maria),
      email: maria.email,
      name: 'Maria Alvarez',
      emailVerified: true,
    };
    const context = { db: app.database.db, config: app.config } as AppContext;
    const profiles = profilesService(context);
    clients = clientsService(context, { profiles, contacts: contactsService(context, { profiles }) });
    clientId = (
      await call('POST', '/api/clients', {
        name: 'Jordan Lee',
        email: 'jordan@example.com',
        phone: '617-555-0101',
        dateOfBirth: '1984-03-09',
        notes: 'Left calf tender and warm',
      })
    ).json<Client>().id;
    contactId = (await call('POST', '/api/contacts', { name: 'Dr. Anika Patel', profession: 'physician' })).json<{
      id: string;
    }>().id;
  });
  afterAll(async () => app?.cleanup());

  describe('recording', () => {
    it('records how, when and with whom, and lists it with the member’s name', async () => {
      const consent = await give({
        scope: ['identity', 'reason'],
        sharedWith: { kind: 'member', profileSlug: lena.slug },
        method: 'signed-online',
        givenAt: `${day(-1)}T15:00:00Z`,
        expiresOn: day(90),
        note: 'Signed on the tablet',
      });
      expect(consent).toMatchObject({
        scope: ['identity', 'reason'],
        sharedWith: { kind: 'member', profileSlug: lena.slug, displayName: 'Dr. Lena Ortiz' },
        method: 'signed-online',
        givenAt: `${day(-1)}T15:00:00.000Z`,
        expiresOn: day(90),
        note: 'Signed on the tablet',
        status: 'active',
        withdrawnAt: null,
      });
      const list = (await call('GET', `/api/clients/${clientId}/consents`)).json<{ items: Consent[] }>().items;
      expect(list.map((c) => c.id)).toContain(consent.id);
    });

    it('requires a witness for verbal consent, and names every other wrong field', async () => {
      const base = { scope: ['reason'], sharedWith: { kind: 'any-referral' }, method: 'written' };
      const cases: [unknown, string][] = [
        [{ ...base, method: 'verbal-witnessed' }, 'witnessName'],
        [{ ...base, scope: [] }, 'scope'],
        [{ ...base, scope: ['everything'] }, 'scope.0'],
        [{ ...base, method: 'telepathy' }, 'method'],
        [{ ...base, sharedWith: { kind: 'neighbour' } }, 'sharedWith.kind'],
        [{ ...base, sharedWith: { kind: 'member', profileSlug: 'nobody-here' } }, 'sharedWith.profileSlug'],
        [{ ...base, sharedWith: { kind: 'contact', contactId: crypto.randomUUID() } }, 'sharedWith.contactId'],
        [{ ...base, sharedWith: { kind: 'profession', profession: 'wizard' } }, 'sharedWith.profession'],
        [{ ...base, givenAt: new Date(Date.now() + 86_400_000).toISOString() }, 'givenAt'],
        [{ ...base, givenAt: 'yesterday' }, 'givenAt'],
        [{ ...base, givenAt: `${day(-5)}T09:00:00Z`, expiresOn: day(-10) }, 'expiresOn'],
      ];
      for (const [body, field] of cases) {
        const response = await call('POST', `/api/clients/${clientId}/consents`, body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(
          JSON.stringify(response.json<{ error: { details: unknown } }>().error.details),
          JSON.stringify(body),
        ).toContain(`"field":"${field}"`);
      }
      const witnessed = await give({
        ...base,
        scope: ['reason'],
        sharedWith: { kind: 'any-referral' },
        method: 'verbal-witnessed',
        witnessName: 'Sam Okafor (front desk)',
      });
      expect(witnessed).toMatchObject({ method: 'verbal-witnessed', witnessName: 'Sam Okafor (front desk)' });
    });

    it('keeps the consent note encrypted at rest', async () => {
      const { id } = await give({
        scope: ['history'],
        sharedWith: { kind: 'any-referral' },
        method: 'written',
        note: 'Client asked that the divorce not be mentioned',
      });
      const rows = await app.database.db.execute<Record<string, unknown>>(
        sql`select * from client_consents where id = ${id}`,
      );
      expect(JSON.stringify(rows.rows[0])).not.toContain('divorce');
    });

    it('withdraws once: the consent stays listed with its date, and a second withdrawal is a conflict', async () => {
      const { id } = await give({
        scope: ['reason'],
        sharedWith: { kind: 'profession', profession: 'chiropractor' },
        method: 'written',
      });
      const withdrawn = await call('POST', `/api/clients/${clientId}/consents/${id}/withdraw`, {
        reason: 'Changed her mind',
      });
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      expect(withdrawn.json<Consent>()).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Changed her mind' });
      const listed = (await call('GET', `/api/clients/${clientId}/consents`))
        .json<{ items: Consent[] }>()
        .items.find((c) => c.id === id);
      expect(listed?.status).toBe('withdrawn');
      expect(listed?.withdrawnAt?.slice(0, 10)).toBe(day(0));
      const again = await call('POST', `/api/clients/${clientId}/consents/${id}/withdraw`, {});
      expect(again.statusCode).toBe(409);
      expect(again.json<{ error: { code: string } }>().error.code).toBe('conflict');
      expect(
        (await call('POST', `/api/clients/${clientId}/consents/${crypto.randomUUID()}/withdraw`, {})).statusCode,
      ).toBe(404);
    });

    it('resolves two withdrawals at the same moment to one', async () => {
      const { id } = await give({ scope: ['reason'], sharedWith: { kind: 'any-referral' }, method: 'written' });
      const answers = await Promise.all(
        [1, 2, 3].map((n) =>
          call('POST', `/api/clients/${clientId}/consents/${id}/withdraw`, { reason: `attempt ${n}` }),
        ),
      );
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409, 409]);
      const listed = (await call('GET', `/api/clients/${clientId}/consents`))
        .json<{ items: Consent[] }>()
        .items.find((c) => c.id === id)!;
      expect(listed.withdrawalReason).toBe(
        answers.find((answer) => answer.statusCode === 200)!.json<Consent>().withdrawalReason,
      );
    });
  });

  describe('what a referral may rely on', () => {
    it('covers exactly the member, contact, profession or anyone it names', async () => {
      const toLena = await give({
        scope: ['reason'],
        sharedWith: { kind: 'member', profileSlug: lena.slug },
        method: 'written',
      });
      const toContact = await give({
        scope: ['reason'],
        sharedWith: { kind: 'contact', contactId },
        method: 'written',
      });
      const toChiro = await give({
        scope: ['reason'],
        sharedWith: { kind: 'profession', profession: 'chiropractor' },
        method: 'written',
      });
      const toAnyone = await give({ scope: ['reason'], sharedWith: { kind: 'any-referral' }, method: 'written' });
      const lenaAsRecipient = { userId: lenaUserId, profession: 'chiropractor' };
      const marcusAsRecipient = { userId: marcusUserId, profession: 'physiotherapist' };

      expect((await clients.consentForReferral(actor, clientId, toLena.id, lenaAsRecipient)).id).toBe(toLena.id);
      expect(await refusal(clients.consentForReferral(actor, clientId, toLena.id, marcusAsRecipient))).toMatchObject({
        field: 'consentId',
        message: stringContaining('Dr. Lena Ortiz'),
      });
      expect((await clients.consentForReferral(actor, clientId, toContact.id, { contactId })).id).toBe(toContact.id);
      expect((await refusal(clients.consentForReferral(actor, clientId, toContact.id, lenaAsRecipient))).field).toBe(
        'consentId',
      );
      expect((await clients.consentForReferral(actor, clientId, toChiro.id, lenaAsRecipient)).id).toBe(toChiro.id);
      expect((await refusal(clients.consentForReferral(actor, clientId, toChiro.id, marcusAsRecipient))).field).toBe(
        'consentId',
      );
      for (const recipient of [lenaAsRecipient, marcusAsRecipient, { contactId }])
        expect((await clients.consentForReferral(actor, clientId, toAnyone.id, recipient)).id).toBe(toAnyone.id);
    });

    it('lists only the active consents that cover a chosen recipient, for the referral form', async () => {
      const formClient = (await call('POST', '/api/clients', { name: 'Form Client' })).json<Client>().id;
      const toLena = await give(
        { scope: ['reason'], sharedWith: { kind: 'member', profileSlug: lena.slug }, method: 'written' },
        formClient,
      );
      const toChiro = await give(
        { scope: ['reason'], sharedWith: { kind: 'profession', profession: 'chiropractor' }, method: 'written' },
        formClient,
      );
      const toContact = await give(
        { scope: ['reason'], sharedWith: { kind: 'contact', contactId }, method: 'written' },
        formClient,
      );
      const toAnyone = await give(
        { scope: ['reason'], sharedWith: { kind: 'any-referral' }, method: 'written' },
        formClient,
      );
      const withdrawn = await give(
        { scope: ['reason'], sharedWith: { kind: 'any-referral' }, method: 'written' },
        formClient,
      );
      await call('POST', `/api/clients/${formClient}/consents/${withdrawn.id}/withdraw`, {});
      const idsFor = async (query: string) => {
        const response = await call('GET', `/api/clients/${formClient}/consents${query}`);
        expect(response.statusCode, response.body).toBe(200);
        return response
          .json<{ items: Consent[] }>()
          .items.map((c) => c.id)
          .sort();
      };
      expect(await idsFor('')).toHaveLength(5);
      expect(await idsFor(`?memberSlug=${lena.slug}`)).toEqual([toLena.id, toChiro.id, toAnyone.id].sort());
      expect(await idsFor(`?memberSlug=${marcus.slug}`)).toEqual([toAnyone.id]);
      expect(await idsFor(`?contactId=${contactId}`)).toEqual([toContact.id, toAnyone.id].sort());
      const bad = await call('GET', `/api/clients/${formClient}/consents?memberSlug=nobody-here`);
      expect([bad.statusCode, bad.body.includes('"field":"memberSlug"')]).toEqual([400, true]);
    });

    it('lets a consent for a contact cover the member that contact is linked to', async () => {
      const linked = (await call('POST', '/api/contacts', { name: 'Lena Ortiz', profession: 'chiropractor' })).json<{
        id: string;
      }>().id;
      const toLinked = await give({
        scope: ['reason'],
        sharedWith: { kind: 'contact', contactId: linked },
        method: 'written',
      });
      expect(
        (await refusal(clients.consentForReferral(actor, clientId, toLinked.id, { userId: lenaUserId }))).field,
      ).toBe('consentId');
      const link = await app.inject({
        method: 'PATCH',
        url: `/api/contacts/${linked}`,
        headers: asMember(maria.cookie),
        payload: { linkedProfileSlug: lena.slug },
      });
      expect(link.statusCode, link.body).toBe(200);
      expect((await clients.consentForReferral(actor, clientId, toLinked.id, { userId: lenaUserId })).id).toBe(
        toLinked.id,
      );
      expect(
        (await refusal(clients.consentForReferral(actor, clientId, toLinked.id, { userId: marcusUserId }))).field,
      ).toBe('consentId');
    });

    it('refuses a withdrawn, an expired, another client’s or an unknown consent, and an unknown client', async () => {
      const consent = await give({ scope: ['reason'], sharedWith: { kind: 'any-referral' }, method: 'written' });
      expect(await clients.isConsentActive(consent.id)).toBe(true);
      await call('POST', `/api/clients/${clientId}/consents/${consent.id}/withdraw`, {});
      expect(await clients.isConsentActive(consent.id)).toBe(false);
      expect(
        await refusal(clients.consentForReferral(actor, clientId, consent.id, { userId: lenaUserId })),
      ).toMatchObject({ field: 'consentId', message: stringContaining('withdrawn') });

      const lapsed = await give({
        scope: ['reason'],
        sharedWith: { kind: 'any-referral' },
        method: 'written',
        givenAt: `${day(-30)}T10:00:00Z`,
        expiresOn: memberDay(-1),
      });
      expect(lapsed.status).toBe('expired');
      expect(await clients.isConsentActive(lapsed.id)).toBe(false);
      expect(
        await refusal(clients.consentForReferral(actor, clientId, lapsed.id, { userId: lenaUserId })),
      ).toMatchObject({ field: 'consentId', message: stringContaining('expired') });
      const lastDay = await give({
        scope: ['reason'],
        sharedWith: { kind: 'any-referral' },
        method: 'written',
        expiresOn: memberDay(0),
      });
      expect(await clients.isConsentActive(lastDay.id)).toBe(true);

      const otherClient = (await call('POST', '/api/clients', { name: 'Other Person' })).json<Client>().id;
      const othersConsent = await give({ scope: ['reason'], sharedWith: { kind: 'any-referral' }, method: 'written' });
      expect(
        (await refusal(clients.consentForReferral(actor, otherClient, othersConsent.id, { userId: lenaUserId }))).field,
      ).toBe('consentId');
      expect(
        (await refusal(clients.consentForReferral(actor, clientId, crypto.randomUUID(), { userId: lenaUserId }))).field,
      ).toBe('consentId');
      expect(await clients.isConsentActive(crypto.randomUUID())).toBe(false);
      expect((await refusal(clients.consentForReferral(actor, crypto.randomUUID(), othersConsent.id, {}))).code).toBe(
        'not_found',
      );
    });

    it('builds a packet of only the chosen and consented parts, refuses more, and logs it', async () => {
      const consent = await give({
        scope: ['identity', 'reason', 'history'],
        sharedWith: { kind: 'member', profileSlug: lena.slug },
        method: 'signed-online',
      });
      const narrow = await clients.packetFor(actor, clientId, consent, ['reason']);
      expect(narrow).toEqual({ shared: ['reason'] });
      const identity = await clients.packetFor(actor, clientId, consent, ['identity', 'reason']);
      expect(identity).toEqual({
        shared: ['identity', 'reason'],
        identity: { name: 'Jordan Lee', dateOfBirth: '1984-03-09', email: 'jordan@example.com', phone: '617-555-0101' },
      });
      expect(JSON.stringify(identity)).not.toContain('calf');
      expect((await clients.packetFor(actor, clientId, consent, ['history'])).history).toEqual({
        notes: 'Left calf tender and warm',
      });

      expect(await refusal(clients.packetFor(actor, clientId, consent, ['reason', 'observations']))).toMatchObject({
        field: 'share',
        message: stringContaining('observations'),
      });
      expect((await refusal(clients.packetFor(actor, clientId, consent, ['favourite-colour']))).field).toBe('share');

      const log = (await call('GET', `/api/clients/${clientId}/access-log`)).json<{ items: AccessLogEntry[] }>().items;
      expect(log.filter((entry) => entry.action.startsWith('prepared a referral packet'))).toHaveLength(3);
    });

    it('records a recipient’s read of a packet under their label and referral', async () => {
      const referralId = crypto.randomUUID();
      await clients.recordAccess({
        clientId,
        actorUserId: null,
        actorLabel: 'Dr. Anika Patel (private link)',
        action: 'read the referral packet',
        referralId,
      });
      const log = (await call('GET', `/api/clients/${clientId}/access-log`)).json<{ items: AccessLogEntry[] }>().items;
      expect(log).toContainEqual(
        expect.objectContaining({
          actorUserId: null,
          actorLabel: 'Dr. Anika Patel (private link)',
          action: 'read the referral packet',
          referralId,
        }),
      );
    });
  });
});
