// Mentor suggestions on seeded profiles: the exact order, scores and reasons; who is never
// suggested (full, hidden by moderation, less experienced, unable to meet, oneself); and that the
// profile's flags follow what a member offers and seeks.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MeetingFormat, MentoringArea, MentoringOffer, MentoringUpdate } from '../../../contracts/mentorship.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import {
  acceptRequest,
  mentoringMember,
  mentorshipCall,
  requestMentor,
  suggestionsFor,
} from '../../../../test/support/mentorship.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const offer = (
  areas: MentoringArea[],
  capacity: number,
  format: MeetingFormat,
  extra: Partial<MentoringOffer> = {},
): MentoringUpdate => ({ offering: { areas, capacity, format, ...extra } });
const boston = { postalCode: '02116', country: 'US', timeZone: 'America/New_York' } as const;

describeEachDatabase('mentorship: suggestions ranked by the documented score, with reasons', (kind) => {
  let app: TestApp;
  let nora: Listed;
  let ada: Listed;
  let ben: Listed;
  let cleo: Listed;
  let full: Listed;
  let hidden: Listed;

  beforeAll(async () => {
    app = await createTestApp(kind);
    // The newer therapist: started in 2023, does prenatal and Swedish, wants help with business.
    nora = await mentoringMember(
      app,
      {
        displayName: 'Nora Newby',
        ...boston,
        firstYearInPractice: 2023,
        specialties: ['prenatal'],
        modalities: ['swedish'],
      },
      {
        seeking: { areas: ['business', 'starting-out'], format: 'both', note: 'Building a practice' },
        // She offers too (self-care): she is never suggested to herself.
        ...offer(['self-care'], 1, 'online'),
      },
    );
    // Near (Cambridge), shares prenatal and Swedish, in person or online.
    ada = await mentoringMember(
      app,
      {
        displayName: 'Ada Brooks',
        postalCode: '02139',
        country: 'US',
        timeZone: 'America/New_York',
        firstYearInPractice: 2011,
        specialties: ['prenatal', 'sports'],
        modalities: ['swedish'],
      },
      offer(['business'], 2, 'both'),
    );
    // New York, online only, far more experience, shares prenatal and both areas.
    ben = await mentoringMember(
      app,
      {
        displayName: 'Ben Carter',
        postalCode: '10001',
        country: 'US',
        timeZone: 'America/New_York',
        firstYearInPractice: 2000,
        specialties: ['prenatal'],
      },
      offer(['business', 'starting-out'], 1, 'online'),
    );
    // Chicago, online, nothing shared but experience and room.
    cleo = await mentoringMember(
      app,
      {
        displayName: 'Cleo Diaz',
        postalCode: '60601',
        country: 'US',
        timeZone: 'America/Chicago',
        firstYearInPractice: 2015,
        specialties: ['oncology'],
      },
      offer(['self-care'], 3, 'online'),
    );
    // Never suggested: full (capacity 1, one mentee accepted) …
    full = await mentoringMember(
      app,
      { displayName: 'Fay Fuller', ...boston, firstYearInPractice: 2001, specialties: ['prenatal'] },
      offer(['business'], 1, 'both'),
    );
    const other = await mentoringMember(app, { displayName: 'Omar Other', ...boston, firstYearInPractice: 2024 }, {});
    await acceptRequest(app, full, (await requestMentor(app, other, full)).id);
    // … hidden by a moderator …
    hidden = await mentoringMember(
      app,
      { displayName: 'Hal Hidden', ...boston, firstYearInPractice: 2001, specialties: ['prenatal'] },
      offer(['business'], 3, 'both'),
    );
    await app.services.mentorship.reportables[0]!.setHidden(hidden.slug, true);
    // … newer than Nora …
    await mentoringMember(
      app,
      { displayName: 'Ivy Junior', ...boston, firstYearInPractice: 2024, specialties: ['prenatal'] },
      offer(['business'], 3, 'both'),
    );
    // … in person only and 850 miles away …
    await mentoringMember(
      app,
      {
        displayName: 'Jo Faraway',
        postalCode: '60601',
        country: 'US',
        firstYearInPractice: 2001,
        specialties: ['prenatal'],
      },
      offer(['business'], 3, 'in-person'),
    );
    // … and a member who does not offer at all.
    await mentoringMember(
      app,
      { displayName: 'Kim Quiet', ...boston, firstYearInPractice: 1995, specialties: ['prenatal'] },
      {},
    );
  });
  afterAll(async () => app?.cleanup());

  it('ranks the open mentors by score, best first, each with its three main reasons', async () => {
    expect(await suggestionsFor(app, nora)).toEqual([
      {
        slug: ada.slug,
        name: 'Ada Brooks',
        // 2 × 12 shared + 8 (business) + 12 years + 20 in person at 2 mi + 2 × 3 room + 6 same zone
        score: 76,
        reasons: ['both do prenatal and swedish', '2 mi away', '12 years more experience'],
      },
      {
        slug: ben.slug,
        name: 'Ben Carter',
        // 12 shared + 2 × 8 areas + 23 years + 10 online + 3 room + 6 same zone
        score: 70,
        reasons: ['23 years more experience', 'offers help with business and starting out', 'both do prenatal'],
      },
      // 8 years + 10 online + 3 × 3 room + 3 (an hour apart)
      {
        slug: cleo.slug,
        name: 'Cleo Diaz',
        score: 30,
        reasons: ['online', 'has room for 3 more', '8 years more experience'],
      },
    ]);
  });

  it('says the distance in kilometres when asked', async () => {
    const [first] = await suggestionsFor(app, nora, '?unit=km');
    expect(first!.reasons).toContain('3 km away');
  });

  it('never suggests a mentor with no room left, and suggests them again once a place frees', async () => {
    const items = await suggestionsFor(app, nora);
    expect(items.map((item) => item.slug)).not.toContain(full.slug);
    const raised = await mentorshipCall(app, full, 'PUT', '/api/me/mentoring', offer(['business'], 2, 'both'));
    expect(raised.statusCode, raised.body).toBe(200);
    const after = await suggestionsFor(app, nora);
    expect(after.map((item) => item.slug)).toContain(full.slug);
    await mentorshipCall(app, full, 'PUT', '/api/me/mentoring', offer(['business'], 1, 'both'));
  });

  it('takes a hidden offer out of suggestions and shows it again when unhidden', async () => {
    expect((await suggestionsFor(app, nora)).map((item) => item.slug)).not.toContain(hidden.slug);
    await app.services.mentorship.reportables[0]!.setHidden(hidden.slug, false);
    expect((await suggestionsFor(app, nora)).map((item) => item.slug)).toContain(hidden.slug);
    await app.services.mentorship.reportables[0]!.setHidden(hidden.slug, true);
    const own = await mentorshipCall(app, hidden, 'GET', '/api/me/mentoring');
    expect(own.json<{ offering: { hidden: boolean } }>().offering.hidden).toBe(true);
    const ask = await mentorshipCall(app, nora, 'POST', '/api/mentorships', { mentorSlug: hidden.slug, message: 'Hi' });
    expect(ask.statusCode).toBe(404);
  });

  it('suggests a mentor who only ticked "offers mentorship" on their profile, with the default offer', async () => {
    const lou = await listMember(app, {
      displayName: 'Lou Ticked',
      ...boston,
      firstYearInPractice: 2003,
      specialties: ['prenatal'],
      offeringMentorship: true,
    });
    const found = (await suggestionsFor(app, nora)).find((item) => item.slug === lou.slug);
    expect(found?.reasons).toEqual(['20 years more experience', 'less than 1 mi away', 'both do prenatal']);
    await requestMentor(app, nora, lou);
    expect((await mentorshipCall(app, lou, 'GET', '/api/me/mentoring')).json()).toMatchObject({
      offering: { capacity: 1, format: 'both', activeMentees: 0 },
    });
  });

  it('describes the offer to moderation, and a hidden one is visible to its mentor only', async () => {
    const [offer] = app.services.mentorship.reportables;
    expect(offer!.kind).toBe('mentorship-offer');
    const actorOf = async (who: Listed) => {
      const me = await mentorshipCall(app, who, 'GET', '/api/auth/get-session');
      const user = me.json<{ user: { id: string; email: string; name: string } }>().user;
      return { kind: 'member' as const, userId: user.id, email: user.email, name: user.name, emailVerified: true };
    };
    expect(await offer!.describe(ada.slug)).toMatchObject({
      title: 'Mentoring offered by Ada Brooks',
      excerpt: 'Areas: business.',
      path: `/p/${ada.slug}`,
      hidden: false,
    });
    expect(await offer!.describe(hidden.slug)).toMatchObject({ hidden: true });
    expect(await offer!.visibleTo(await actorOf(nora), hidden.slug)).toBe(false);
    expect(await offer!.visibleTo(await actorOf(hidden), hidden.slug)).toBe(true);
    expect(await offer!.visibleTo(await actorOf(nora), ada.slug)).toBe(true);
    expect(await offer!.describe('no-such-mentor')).toBeNull();
  });

  it('keeps the profile flags in step with what a member offers and seeks', async () => {
    const profile = async () =>
      (await mentorshipCall(app, nora, 'GET', '/api/me/profile')).json<{
        offeringMentorship: boolean;
        seekingMentor: boolean;
      }>();
    expect(await profile()).toMatchObject({ offeringMentorship: true, seekingMentor: true });
    const stop = await mentorshipCall(app, nora, 'PUT', '/api/me/mentoring', { offering: null });
    expect(stop.json()).toMatchObject({ offering: null, seeking: { areas: ['business', 'starting-out'] } });
    expect(await profile()).toMatchObject({ offeringMentorship: false, seekingMentor: true });
    expect((await mentorshipCall(app, ada, 'GET', '/api/mentoring/suggestions')).statusCode).toBe(200);
  });

  it('refuses bad input with the field named, and anonymous callers', async () => {
    const bad = await mentorshipCall(app, nora, 'PUT', '/api/me/mentoring', {
      offering: { areas: [], capacity: 0, format: 'fax' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/areas/);
    expect(bad.body).toMatch(/capacity/);
    expect((await mentorshipCall(app, nora, 'GET', '/api/mentoring/suggestions?unit=furlongs')).statusCode).toBe(400);
    expect((await mentorshipCall(app, null, 'GET', '/api/mentoring/suggestions')).statusCode).toBe(401);
    expect((await mentorshipCall(app, null, 'GET', '/api/me/mentoring')).statusCode).toBe(401);
  });
});
