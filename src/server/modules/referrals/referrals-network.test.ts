// Referrals meet the network: a member away with covering colleagues is not referred to silently —
// the referrer is told who covers and chooses one (the consent must cover them) — and suggestions
// rank members by distance, specialty, my trust mark and past reciprocity, with away members last.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Referral, ReferralSuggestion } from '../../../contracts/referrals.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { addClient, addConsent, call, refer, referralBody, referralScene } from '../../../../test/support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { addDays, calendarDay } from '../../lib/time.ts';

// Days on the members' own calendar (their Boston postal codes give them New York's zone), the one
// their away periods and consents are read on.
const day = (offset: number) => addDays(calendarDay('America/New_York'), offset);
type Problem = { error: { message: string; details: { field: string; coveredBy?: string[] }[] } };

describeEachDatabase('referrals and the network', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let chiro: Listed;
  let sam: Listed;
  let clientId: string;
  let consentId: string;

  async function goAway(who: Listed, covers: Listed[]) {
    const away = await call(app, who, 'POST', '/api/away', {
      reason: 'vacation',
      startsOn: day(0),
      endsOn: day(7),
      coverSlugs: covers.map((cover) => cover.slug),
    });
    expect(away.statusCode, away.body).toBe(201);
    const period = away.json<{ id: string; covers: { id: string; member: { slug: string } }[] }>();
    for (const cover of covers) {
      const coverId = period.covers.find((row) => row.member.slug === cover.slug)!.id;
      const accepted = await call(app, cover, 'POST', `/api/away/${period.id}/covers/${coverId}/accept`, {});
      expect(accepted.statusCode, accepted.body).toBe(200);
    }
  }

  beforeAll(async () => {
    app = await createTestApp(kind);
    ({ maria, chiro, sam, clientId, consentId } = await referralScene(app));
  });
  afterAll(async () => app?.cleanup());

  it('tells the referrer who covers for an away member, and redirects only to a cover the consent allows', async () => {
    await goAway(chiro, [sam]);
    const refused = await call(
      app,
      maria,
      'POST',
      '/api/referrals',
      referralBody(clientId, consentId, { toMemberSlug: chiro.slug }),
    );
    expect(refused.statusCode).toBe(400);
    const problem = refused.json<Problem>().error;
    expect(problem.details[0]).toMatchObject({ field: 'toMemberSlug', coveredBy: [sam.slug] });
    expect(problem.message).toContain('Sam Okafor');

    const notACover = await call(app, maria, 'POST', '/api/referrals', {
      ...referralBody(clientId, consentId, { toMemberSlug: chiro.slug }),
      redirectToCover: maria.slug,
    });
    expect(notACover.json<Problem>().error.details[0]!.field).toBe('redirectToCover');

    const onlyChiro = await addConsent(app, maria, clientId, {
      sharedWith: { kind: 'member', profileSlug: chiro.slug },
    });
    const uncovered = await call(app, maria, 'POST', '/api/referrals', {
      ...referralBody(clientId, onlyChiro, { toMemberSlug: chiro.slug }),
      redirectToCover: sam.slug,
    });
    expect(uncovered.statusCode).toBe(400);
    expect(uncovered.json<Problem>().error.details[0]!.field).toBe('consentId');

    const redirected = await refer(app, maria, {
      ...referralBody(clientId, consentId, { toMemberSlug: chiro.slug }),
      redirectToCover: sam.slug,
    });
    expect(redirected).toMatchObject({ to: { slug: sam.slug }, redirectedFrom: { slug: chiro.slug } });
    const inSamsInbox = (await call(app, sam, 'GET', `/api/referrals/${redirected.id}`)).json<Referral>();
    expect(inSamsInbox.side).toBe('recipient');
    expect((await call(app, chiro, 'GET', `/api/referrals/${redirected.id}`)).statusCode).toBe(404);
  });

  it('suggests members ranked by specialty, distance, trust and reciprocity, saying why, with away members last', async () => {
    const specialist = await listMember(app, {
      displayName: 'Nora Sports',
      postalCode: '02116',
      country: 'US',
      profession: 'physiotherapist',
      specialties: ['sports'],
      visibility: 'public',
    });
    const partner = await listMember(app, {
      displayName: 'Paul Partner',
      postalCode: '02139',
      country: 'US',
      profession: 'physiotherapist',
      visibility: 'public',
    });
    const awaySpecialist = await listMember(app, {
      displayName: 'Ada Away',
      postalCode: '02116',
      country: 'US',
      profession: 'physiotherapist',
      specialties: ['sports'],
      visibility: 'public',
    });
    await goAway(awaySpecialist, [specialist]);
    // Paul and Maria are connected, Maria marks him trusted, and he has referred a client to her.
    const request = await call(app, maria, 'POST', '/api/connections', { toMemberSlug: partner.slug });
    const connectionId = request.json<{ id: string }>().id;
    expect((await call(app, partner, 'POST', `/api/connections/${connectionId}/accept`, {})).statusCode).toBe(200);
    expect((await call(app, maria, 'PATCH', `/api/connections/${connectionId}`, { trusted: true })).statusCode).toBe(
      200,
    );
    const paulsClient = await addClient(app, partner, 'Casey Kim');
    await refer(
      app,
      partner,
      referralBody(paulsClient, await addConsent(app, partner, paulsClient), { toMemberSlug: maria.slug }),
    );

    const response = await call(
      app,
      maria,
      'GET',
      '/api/referrals/suggestions?specialty=sports&profession=physiotherapist&near=02116',
    );
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<{ items: ReferralSuggestion[] }>().items;
    const bySlug = new Map(items.map((item) => [item.slug, item]));
    expect(bySlug.get(specialist.slug)?.reasons).toEqual(
      expect.arrayContaining(['specialty: Sports injury', expect.stringMatching(/mi away$/) as string]),
    );
    expect(bySlug.has(partner.slug)).toBe(false); // no sports specialty: the specialty is a filter
    expect(bySlug.get(awaySpecialist.slug)).toMatchObject({ away: true });
    expect(items.map((item) => item.slug).indexOf(awaySpecialist.slug)).toBe(items.length - 1);
    expect(items[0]!.slug).toBe(specialist.slug);
    expect(items.some((item) => item.slug === maria.slug)).toBe(false);

    // Without a specialty, trust and reciprocity lift Paul above the nearer specialist.
    const anyone = (
      await call(app, maria, 'GET', '/api/referrals/suggestions?profession=physiotherapist&near=02116')
    ).json<{ items: ReferralSuggestion[] }>().items;
    expect(anyone[0]).toMatchObject({ slug: partner.slug, trusted: true, referralsFromThem: 1 });
    expect(anyone[0]!.reasons).toEqual(expect.arrayContaining(['you marked them trusted', 'referred 1 client to you']));

    const unknown = await call(app, maria, 'GET', '/api/referrals/suggestions?specialty=astrology');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>().error.details[0]!.field).toBe('specialty');
  });

  it('applies the specialty whatever the profession, in the words of the profile, in miles for US members and km elsewhere (issue 8, item 17)', async () => {
    const prenatal = await listMember(app, {
      displayName: 'Polly Prenatal',
      postalCode: '02115',
      country: 'US',
      profession: 'massage-therapist',
      specialties: ['prenatal'],
      visibility: 'public',
    });
    const notPrenatal = await listMember(app, {
      displayName: 'Gus General',
      postalCode: '02115',
      country: 'US',
      profession: 'chiropractor',
      specialties: ['sports'],
      visibility: 'public',
    });
    const suggestionsFor = async (who: Listed, query: string) => {
      const response = await call(app, who, 'GET', `/api/referrals/suggestions?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: ReferralSuggestion[]; unit: string }>();
    };

    const anyProfession = await suggestionsFor(maria, 'specialty=prenatal');
    expect(anyProfession.items.map((item) => item.slug)).toEqual([prenatal.slug]);
    expect(anyProfession.items.map((item) => item.slug)).not.toContain(notPrenatal.slug);
    expect(anyProfession.items[0]!.reasons).toContain('specialty: Prenatal and postpartum');
    expect(JSON.stringify(anyProfession)).not.toMatch(/certified/i);
    expect(
      (await suggestionsFor(maria, 'specialty=deep-tissue')).items.every((item) =>
        item.reasons.includes('modality: Deep tissue'),
      ),
    ).toBe(true);

    // Maria practises in Boston: miles. Polly is ≈ 1 km (0.6 mi) from Maria's postal code.
    expect(anyProfession.unit).toBe('mi');
    expect(anyProfession.items[0]!.reasons).toContain(`${Math.round(anyProfession.items[0]!.distance!)} mi away`);
    expect(anyProfession.items[0]!.distance).toBeLessThan(1);
    const toronto = await listMember(app, {
      displayName: 'Tara Toronto',
      postalCode: 'M5V 2T6',
      country: 'CA',
      profession: 'massage-therapist',
      visibility: 'public',
    });
    const neighbour = await listMember(app, {
      displayName: 'Nico Neighbour',
      postalCode: 'M5V 3L9',
      country: 'CA',
      profession: 'chiropractor',
      visibility: 'public',
    });
    const inCanada = await suggestionsFor(toronto, '');
    expect(inCanada.unit).toBe('km');
    const nico = inCanada.items.find((item) => item.slug === neighbour.slug)!;
    expect(nico.reasons).toContain(`${Math.round(nico.distance!)} km away`);
  });
});
