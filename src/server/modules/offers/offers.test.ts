import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Certificate, Offer } from '../../../contracts/offers.ts';
import {
  addContact,
  anOffer,
  bare,
  createOffer,
  day,
  errorOf,
  fieldsOf,
  issue,
  issueTo,
  member,
  redeem,
  setCertificateDates,
  setStage,
} from '../../../../test/support/offers.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('professional offers', (kind) => {
  let app: TestApp;
  let maya: Listed;
  let theo: Listed;
  beforeAll(async () => {
    app = await createTestApp(kind);
    maya = await member(app, 'Maya Offerer');
    theo = await member(app, 'Theo Colleague');
  });
  afterAll(() => app.cleanup());

  const post = (payload: unknown) =>
    app.inject({ method: 'POST', url: '/api/offers', headers: asMember(maya.cookie), payload: payload as object });
  const patch = (id: string, payload: unknown) =>
    app.inject({
      method: 'PATCH',
      url: `/api/offers/${id}`,
      headers: asMember(maya.cookie),
      payload: payload as object,
    });

  describe('creating', () => {
    it('a free session defaults to 30 minutes and is shown with the non-transferable notice', async () => {
      const offer = await createOffer(app, maya);
      expect(offer).toMatchObject({
        kind: 'free-session',
        minutes: 30,
        percent: null,
        summary: 'Free 30-minute session',
        state: 'active',
        notice: 'Professional Offer Only — Non-Transferable',
      });
      expect(offer.figures).toEqual({ issued: 0, redeemed: 0, expired: 0, void: 0, met: 0, allied: 0 });
      const listed = await app.inject({ method: 'GET', url: '/api/offers', headers: asMember(maya.cookie) });
      expect(listed.json<{ items: Offer[] }>().items.map((item) => item.id)).toContain(offer.id);
    });

    it('takes 20 and 50 percent off, refuses 19 and 51 naming percent', async () => {
      for (const percent of [20, 50])
        expect((await post(anOffer({ kind: 'percent-off', percent } as never))).json<Offer>()).toMatchObject({
          percent,
          summary: `${percent}% off`,
        });
      for (const percent of [19, 51, 25.5]) {
        const refused = await post(anOffer({ kind: 'percent-off', percent } as never));
        expect(refused.statusCode).toBe(400);
        expect(fieldsOf(refused)).toEqual(['percent']);
      }
      expect(fieldsOf(await post(anOffer({ kind: 'percent-off' } as never)))).toEqual(['percent']);
    });

    it('names minutes, description, validUntil, maxIssued and kind when they are wrong', async () => {
      expect(fieldsOf(await post(anOffer({ minutes: 5 })))).toEqual(['minutes']);
      expect(fieldsOf(await post(anOffer({ minutes: 181 })))).toEqual(['minutes']);
      expect(fieldsOf(await post(anOffer({ kind: 'free-gift' } as never)))).toEqual(['description']);
      expect(fieldsOf(await post(anOffer({ validFrom: day(10), validUntil: day(9) })))).toEqual(['validUntil']);
      expect(fieldsOf(await post(anOffer({ validUntil: '2026-02-30x' })))).toEqual(['validUntil']);
      expect(fieldsOf(await post(anOffer({ maxIssued: 0 })))).toEqual(['maxIssued']);
      expect(fieldsOf(await post(anOffer({ maxIssued: 10_001 })))).toEqual(['maxIssued']);
      expect((await post(anOffer({ kind: 'two-for-one' } as never))).statusCode).toBe(400);
      // A detail that belongs to another kind is refused, not silently dropped.
      expect((await post(anOffer({ percent: 30 }))).statusCode).toBe(400);
      const gift = await post(
        anOffer({
          kind: 'free-gift',
          description: 'A jar of arnica balm',
          validFrom: day(1),
          validUntil: day(1),
        } as never),
      );
      expect(gift.json<Offer>()).toMatchObject({
        kind: 'free-gift',
        description: 'A jar of arnica balm',
        summary: 'A jar of arnica balm',
        minutes: null,
      });
    });
  });

  describe('changing', () => {
    it('validates the merged offer, and fixes what certificates print once one is issued', async () => {
      const offer = await createOffer(app, maya, { maxIssued: 3 });
      expect(fieldsOf(await patch(offer.id, { validUntil: day(-30) }))).toEqual(['validUntil']);
      expect(fieldsOf(await patch(offer.id, { kind: 'percent-off' }))).toEqual(['percent']);
      expect(fieldsOf(await patch(offer.id, { percent: 30 }))).toEqual(['percent']);
      const changed = await patch(offer.id, { kind: 'percent-off', percent: 35, title: 'Thirty-five off' });
      expect(changed.json<Offer>()).toMatchObject({
        kind: 'percent-off',
        percent: 35,
        minutes: null,
        title: 'Thirty-five off',
      });

      await issueTo(app, maya, offer.id, { contactId: await addContact(app, maya, { name: 'Dr. Rita Spine' }) });
      const locked = await patch(offer.id, { percent: 40 });
      expect(locked.statusCode).toBe(409);
      expect(errorOf(locked).details).toMatchObject({ reason: 'printed_fields_locked' });
      expect(fieldsOf(await patch(offer.id, { maxIssued: 0 }))).toEqual(['maxIssued']);
      const extended = await patch(offer.id, { validUntil: day(90), maxIssued: 1 });
      expect(extended.json<Offer>()).toMatchObject({ validUntil: day(90), maxIssued: 1, state: 'full', percent: 35 });
    });

    it('archives (no more issuing) and restores; deletes only an offer nothing was issued from', async () => {
      const offer = await createOffer(app, maya);
      const contactId = await addContact(app, maya, { name: 'Sam Physio' });
      await issueTo(app, maya, offer.id, { contactId });
      expect(
        (await app.inject({ method: 'DELETE', url: `/api/offers/${offer.id}`, headers: bare(maya) })).statusCode,
      ).toBe(409);
      expect((await patch(offer.id, { archived: true })).json<Offer>()).toMatchObject({
        archived: true,
        state: 'archived',
      });
      const refused = await issue(app, maya, offer.id, { contactId });
      expect(refused.statusCode).toBe(409);
      expect(errorOf(refused).details).toMatchObject({ reason: 'offer_archived' });
      expect((await patch(offer.id, { archived: false })).json<Offer>()).toMatchObject({
        archived: false,
        state: 'active',
      });
      expect((await issue(app, maya, offer.id, { contactId })).statusCode).toBe(201);

      const unused = await createOffer(app, maya);
      expect(
        (await app.inject({ method: 'DELETE', url: `/api/offers/${unused.id}`, headers: bare(maya) })).statusCode,
      ).toBe(204);
      expect(
        (await app.inject({ method: 'GET', url: `/api/offers/${unused.id}`, headers: asMember(maya.cookie) }))
          .statusCode,
      ).toBe(404);
    });
  });

  describe('issuing', () => {
    it('issues to a contact of mine or a visible member, with a grouped code and a verify link', async () => {
      const offer = await createOffer(app, maya);
      const contactId = await addContact(app, maya, { name: 'Dr. Ana Chiro', email: 'ana@example.com' });
      const toContact = await issueTo(app, maya, offer.id, { contactId });
      expect(toContact).toMatchObject({
        status: 'valid',
        recipientName: 'Dr. Ana Chiro',
        contactId,
        memberSlug: null,
        validFrom: offer.validFrom,
        validUntil: offer.validUntil,
      });
      expect(toContact.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{17}$/);
      expect(toContact.displayCode).toBe(toContact.code.replace(/^(.{4})(.{4})(.{4})(.{4})(.)$/, '$1-$2-$3-$4-$5'));
      expect(toContact.verifyUrl).toBe(`${app.config.publicUrl}/verify/${toContact.code}`);
      expect(toContact.delivery.status).toBe('not-sent');

      const toMember = await issueTo(app, maya, offer.id, { memberSlug: theo.slug });
      expect(toMember).toMatchObject({ recipientName: 'Theo Colleague', memberSlug: theo.slug, contactId: null });
      expect(toMember.code).not.toBe(toContact.code);

      const listed = await app.inject({
        method: 'GET',
        url: `/api/offers/${offer.id}/certificates`,
        headers: asMember(maya.cookie),
      });
      expect(
        listed
          .json<{ items: Certificate[] }>()
          .items.map((item) => item.code)
          .sort(),
      ).toEqual([toContact.code, toMember.code].sort());
    });

    it('needs exactly one recipient, mine or visible, and not myself', async () => {
      const offer = await createOffer(app, maya);
      const theirs = await addContact(app, theo, { name: "Theo's contact" });
      expect(fieldsOf(await issue(app, maya, offer.id, {}))).toEqual(['contactId']);
      expect(fieldsOf(await issue(app, maya, offer.id, { contactId: theirs, memberSlug: theo.slug }))).toEqual([
        'contactId',
      ]);
      const notMine = await issue(app, maya, offer.id, { contactId: theirs });
      expect(notMine.statusCode).toBe(404);
      expect(fieldsOf(notMine)).toEqual(['contactId']);
      expect((await issue(app, maya, offer.id, { memberSlug: 'nobody-here' })).statusCode).toBe(404);
      const hidden = await member(app, 'Hidden Hal');
      await app.inject({
        method: 'PUT',
        url: '/api/me/profile',
        headers: asMember(hidden.cookie),
        payload: { visibility: 'hidden' },
      });
      expect((await issue(app, maya, offer.id, { memberSlug: hidden.slug })).statusCode).toBe(404);
      expect(fieldsOf(await issue(app, maya, offer.id, { memberSlug: maya.slug }))).toEqual(['memberSlug']);
      expect(
        (
          await app.inject({ method: 'GET', url: `/api/offers/${offer.id}`, headers: asMember(maya.cookie) })
        ).json<Offer>().figures.issued,
      ).toBe(0);
    });

    it('refuses an offer past its validUntil; allows one that starts later', async () => {
      const contactId = await addContact(app, maya, { name: 'Late Larry' });
      const ended = await createOffer(app, maya, { validFrom: day(-30), validUntil: day(-3) });
      expect(ended.state).toBe('ended');
      const refused = await issue(app, maya, ended.id, { contactId });
      expect(refused.statusCode).toBe(409);
      expect(errorOf(refused).details).toMatchObject({ reason: 'offer_ended' });
      const later = await createOffer(app, maya, { validFrom: day(10), validUntil: day(20) });
      expect(later.state).toBe('scheduled');
      expect((await issueTo(app, maya, later.id, { contactId })).notYetValid).toBe(true);
    });

    it('never issues more than maxIssued, also when many issue at once', async () => {
      const offer = await createOffer(app, maya, { maxIssued: 5 });
      const contactId = await addContact(app, maya, { name: 'Popular Pat' });
      const responses = await Promise.all(Array.from({ length: 20 }, () => issue(app, maya, offer.id, { contactId })));
      const statuses = responses.map((response) => response.statusCode).sort();
      expect(statuses.filter((status) => status === 201)).toHaveLength(5);
      expect(statuses.filter((status) => status === 409)).toHaveLength(15);
      expect(errorOf(responses.find((response) => response.statusCode === 409)!).details).toMatchObject({
        reason: 'offer_full',
      });
      const after = await app.inject({ method: 'GET', url: `/api/offers/${offer.id}`, headers: asMember(maya.cookie) });
      expect(after.json<Offer>()).toMatchObject({ state: 'full', figures: { issued: 5 } });
      const listed = await app.inject({
        method: 'GET',
        url: `/api/offers/${offer.id}/certificates`,
        headers: asMember(maya.cookie),
      });
      expect(listed.json<{ items: Certificate[] }>().items).toHaveLength(5);
    });
  });

  it('figures follow issuing, redemption, expiry, voiding and the recipients’ stages', async () => {
    const offer = await createOffer(app, maya);
    const figures = async () =>
      (
        await app.inject({ method: 'GET', url: `/api/offers/${offer.id}`, headers: asMember(maya.cookie) })
      ).json<Offer>().figures;
    const [ana, ben, cy] = await Promise.all(
      ['Ana', 'Ben', 'Cy'].map((name) => addContact(app, maya, { name: `${name} Recipient`, stage: 'introduced' })),
    );
    const forAna = await issueTo(app, maya, offer.id, { contactId: ana! });
    const forBen = await issueTo(app, maya, offer.id, { contactId: ben! });
    const forCy = await issueTo(app, maya, offer.id, { contactId: cy! });
    await issueTo(app, maya, offer.id, { memberSlug: theo.slug });
    expect(await figures()).toEqual({ issued: 4, redeemed: 0, expired: 0, void: 0, met: 0, allied: 0 });

    expect((await redeem(app, maya, forAna.code)).statusCode).toBe(200);
    await setCertificateDates(app, forBen.code, { validUntil: day(-3) });
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/certificates/${forCy.code}/void`,
          headers: asMember(maya.cookie),
          payload: { reason: 'Sent by mistake' },
        })
      ).statusCode,
    ).toBe(200);
    expect(await figures()).toEqual({ issued: 4, redeemed: 1, expired: 1, void: 1, met: 0, allied: 0 });

    await setStage(app, ana!, 'met');
    await setStage(app, ben!, 'allied');
    expect(await figures()).toMatchObject({ met: 2, allied: 1 });
    await setStage(app, ana!, 'trading');
    await setStage(app, cy!, 'not-now');
    expect(await figures()).toMatchObject({ met: 2, allied: 1 });
    const listed = (await app.inject({ method: 'GET', url: '/api/offers', headers: asMember(maya.cookie) })).json<{
      items: Offer[];
    }>().items;
    expect(listed.find((item) => item.id === offer.id)!.figures).toEqual({
      issued: 4,
      redeemed: 1,
      expired: 1,
      void: 1,
      met: 2,
      allied: 1,
    });
  });

  it('needs a session', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/offers' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/offers', payload: anOffer() })).statusCode).toBe(401);
  });
});
