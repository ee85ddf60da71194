// A mentorship from request to feedback: the mentor's capacity under concurrent requests and
// accepts, the shared space (goals, check-ins and their once-only reminder, private notes, the
// conversation), notices without anyone's words, and "mentored N therapists" on the profile.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MentoringUpdate, MentorshipSpace } from '../../../contracts/mentorship.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import {
  acceptRequest,
  mentoringMember,
  mentorshipCall,
  noticesOf,
  requestMentor,
  spaceOf,
} from '../../../../test/support/mentorship.ts';
import type { JobScheduler } from '../../jobs/job-scheduler.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const place = { postalCode: '02116', country: 'US' } as const;
const mentorOffer = (capacity: number): MentoringUpdate => ({
  offering: { areas: ['business'], capacity, format: 'both' },
});
const seeking: MentoringUpdate = { seeking: { areas: ['starting-out'], format: 'both' } };

describeEachDatabase('mentorship: requests, capacity and the shared space', (kind) => {
  let app: TestApp;
  let mara: Listed;
  let nina: Listed;

  beforeAll(async () => {
    app = await createTestApp(kind);
    mara = await mentoringMember(
      app,
      { displayName: 'Mara Mentor', ...place, firstYearInPractice: 2005 },
      mentorOffer(2),
    );
    nina = await mentoringMember(app, { displayName: 'Nina Newer', ...place, firstYearInPractice: 2024 }, seeking);
  });
  afterAll(async () => app?.cleanup());

  it('never lets concurrent accepts take a mentor past their capacity', async () => {
    const coach = await mentoringMember(
      app,
      { displayName: 'Cora Coach', ...place, firstYearInPractice: 2000 },
      mentorOffer(3),
    );
    const mentees = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        mentoringMember(app, { displayName: `Mentee Number${index}`, ...place, firstYearInPractice: 2024 }, seeking),
      ),
    );
    // Ten requests at once all land (requests take no place)…
    const requests = await Promise.all(mentees.map((mentee) => requestMentor(app, mentee, coach)));
    // …and ten accepts at once take exactly three places.
    const answers = await Promise.all(
      requests.map((request) => mentorshipCall(app, coach, 'POST', `/api/mentorships/${request.id}/accept`)),
    );
    expect(answers.filter((answer) => answer.statusCode === 200)).toHaveLength(3);
    expect(answers.filter((answer) => answer.statusCode === 409)).toHaveLength(7);
    const list = (await mentorshipCall(app, coach, 'GET', '/api/mentorships')).json<{ items: { status: string }[] }>();
    expect(list.items.filter((item) => item.status === 'active')).toHaveLength(3);
    const own = (await mentorshipCall(app, coach, 'GET', '/api/me/mentoring')).json<{
      offering: { activeMentees: number };
    }>();
    expect(own.offering.activeMentees).toBe(3);
    // Full: further requests are refused at once, even many at the same moment.
    const late = await mentoringMember(app, { displayName: 'Lee Late', ...place, firstYearInPractice: 2025 }, seeking);
    const refused = await mentorshipCall(app, late, 'POST', '/api/mentorships', {
      mentorSlug: coach.slug,
      message: 'Hi',
    });
    expect(refused.statusCode).toBe(409);
  });

  it('runs request → accept → space → end with feedback from both, telling the other side without their words', async () => {
    const request = await requestMentor(app, nina, mara, 'SECRET-WORDS please help me start');
    expect(request).toMatchObject({
      role: 'mentee',
      status: 'requested',
      other: { slug: mara.slug, name: 'Mara Mentor' },
    });
    const again = await mentorshipCall(app, nina, 'POST', '/api/mentorships', {
      mentorSlug: mara.slug,
      message: 'Again',
    });
    expect(again.statusCode).toBe(409);
    const self = await mentorshipCall(app, mara, 'POST', '/api/mentorships', { mentorSlug: mara.slug, message: 'Me' });
    expect(self.statusCode).toBe(400);
    // Only the mentor answers.
    expect((await mentorshipCall(app, nina, 'POST', `/api/mentorships/${request.id}/accept`)).statusCode).toBe(409);
    const requested = (await noticesOf(app, mara)).find((notice) => notice.kind === 'mentorship.requested')!;
    expect(requested.link).toBe(`/app/mentoring/${request.id}`);
    expect(JSON.stringify(requested)).not.toContain('SECRET');

    const accepted = await acceptRequest(app, mara, request.id);
    expect(accepted).toMatchObject({ role: 'mentor', status: 'active', message: 'SECRET-WORDS please help me start' });
    expect((await noticesOf(app, nina)).map((notice) => notice.kind)).toContain('mentorship.accepted');
    expect((await mentorshipCall(app, mara, 'POST', `/api/mentorships/${request.id}/accept`)).statusCode).toBe(409);

    // Goals, by either party.
    const goal = await mentorshipCall(app, nina, 'POST', `/api/mentorships/${request.id}/goals`, {
      title: 'Price my sessions',
    });
    expect(goal.statusCode, goal.body).toBe(200);
    const space = goal.json<MentorshipSpace>();
    expect(space.goals).toMatchObject([{ title: 'Price my sessions', done: false }]);
    const done = await mentorshipCall(
      app,
      mara,
      'POST',
      `/api/mentorships/${request.id}/goals/${space.goals[0]!.id}/done`,
    );
    expect(done.json<MentorshipSpace>().goals[0]!.done).toBe(true);

    // Private notes: each sees only their own.
    await mentorshipCall(app, mara, 'PUT', `/api/mentorships/${request.id}/note`, { text: 'MARA-PRIVATE: confident' });
    await mentorshipCall(app, nina, 'PUT', `/api/mentorships/${request.id}/note`, { text: 'NINA-PRIVATE: nervous' });
    const maraView = await mentorshipCall(app, mara, 'GET', `/api/mentorships/${request.id}`);
    const ninaView = await mentorshipCall(app, nina, 'GET', `/api/mentorships/${request.id}`);
    expect(maraView.json<MentorshipSpace>().myNote).toBe('MARA-PRIVATE: confident');
    expect(ninaView.json<MentorshipSpace>().myNote).toBe('NINA-PRIVATE: nervous');
    expect(maraView.body).not.toContain('NINA-PRIVATE');
    expect(ninaView.body).not.toContain('MARA-PRIVATE');

    // The conversation is the messages module's direct one, the same for both.
    const mine = await mentorshipCall(app, nina, 'POST', `/api/mentorships/${request.id}/conversation`);
    const theirs = await mentorshipCall(app, mara, 'POST', `/api/mentorships/${request.id}/conversation`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toEqual(theirs.json());
    const sent = await mentorshipCall(
      app,
      nina,
      'POST',
      `/api/conversations/${mine.json<{ conversationId: string }>().conversationId}/messages`,
      {
        body: 'Hello mentor',
      },
    );
    expect(sent.statusCode, sent.body).toBe(201);

    // End, with feedback from both.
    const ended = await mentorshipCall(app, nina, 'POST', `/api/mentorships/${request.id}/end`, {
      feedback: 'NINA-FEEDBACK thank you',
    });
    expect(ended.json()).toMatchObject({ status: 'ended', feedback: { mine: 'NINA-FEEDBACK thank you', theirs: '' } });
    const endedNotice = (await noticesOf(app, mara)).find((notice) => notice.kind === 'mentorship.ended')!;
    expect(JSON.stringify(endedNotice)).not.toContain('NINA-FEEDBACK');
    const back = await mentorshipCall(app, mara, 'POST', `/api/mentorships/${request.id}/feedback`, {
      feedback: 'MARA-FEEDBACK well done',
    });
    expect(back.json()).toMatchObject({
      feedback: { mine: 'MARA-FEEDBACK well done', theirs: 'NINA-FEEDBACK thank you' },
    });
    expect((await spaceOf(app, nina, request.id)).feedback.theirs).toBe('MARA-FEEDBACK well done');
    // The space is read-only now; the place is free again.
    const late = await mentorshipCall(app, nina, 'POST', `/api/mentorships/${request.id}/goals`, { title: 'More' });
    expect(late.statusCode).toBe(409);
    const own = (await mentorshipCall(app, mara, 'GET', '/api/me/mentoring')).json<{
      offering: { activeMentees: number };
    }>();
    expect(own.offering.activeMentees).toBe(0);
  });

  it('declines with a kind note the mentee reads, and lets them ask again later', async () => {
    const olga = await mentoringMember(
      app,
      { displayName: 'Olga Onward', ...place, firstYearInPractice: 2025 },
      seeking,
    );
    const request = await requestMentor(app, olga, mara);
    const declined = await mentorshipCall(app, mara, 'POST', `/api/mentorships/${request.id}/decline`, {
      note: 'KIND-NOTE: I am full this spring, try Ada',
    });
    expect(declined.json()).toMatchObject({
      status: 'declined',
      declineNote: 'KIND-NOTE: I am full this spring, try Ada',
    });
    expect((await spaceOf(app, olga, request.id)).declineNote).toContain('KIND-NOTE');
    const notice = (await noticesOf(app, olga)).find((each) => each.kind === 'mentorship.declined')!;
    expect(JSON.stringify(notice)).not.toContain('KIND-NOTE');
    await requestMentor(app, olga, mara);
  });

  it('lets the mentee withdraw an unanswered request (not the mentor, not after an answer) and ask again', async () => {
    const quinn = await mentoringMember(
      app,
      { displayName: 'Quinn Quiet', ...place, firstYearInPractice: 2025 },
      seeking,
    );
    const request = await requestMentor(app, quinn, mara);
    const byMentor = await mentorshipCall(app, mara, 'POST', `/api/mentorships/${request.id}/withdraw`);
    expect(byMentor.statusCode).toBe(409);
    const withdrawn = await mentorshipCall(app, quinn, 'POST', `/api/mentorships/${request.id}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    expect((await noticesOf(app, mara)).map((notice) => notice.kind)).toContain('mentorship.withdrawn');
    // Answered requests cannot be withdrawn; the mentor cannot accept a withdrawn one.
    expect((await mentorshipCall(app, mara, 'POST', `/api/mentorships/${request.id}/accept`)).statusCode).toBe(409);
    expect((await mentorshipCall(app, quinn, 'POST', `/api/mentorships/${request.id}/withdraw`)).statusCode).toBe(409);
    const again = await requestMentor(app, quinn, mara);
    expect(again.status).toBe('requested');
  });

  it('reminds both parties of a check-in once, from the scheduler', async () => {
    const pia = await mentoringMember(app, { displayName: 'Pia Pupil', ...place, firstYearInPractice: 2025 }, seeking);
    const request = await requestMentor(app, pia, mara);
    await acceptRequest(app, mara, request.id);
    const startsAt = new Date(Date.now() + 30 * 60_000).toISOString();
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const soon = await mentorshipCall(app, pia, 'POST', `/api/mentorships/${request.id}/check-ins`, {
      startsAt,
      remindMinutesBefore: 60,
    });
    expect(soon.statusCode, soon.body).toBe(200);
    await mentorshipCall(app, pia, 'POST', `/api/mentorships/${request.id}/check-ins`, {
      startsAt: later,
      remindMinutesBefore: 60,
    });
    await mentorshipCall(app, pia, 'POST', `/api/mentorships/${request.id}/check-ins`, { startsAt: later });
    const past = await mentorshipCall(app, pia, 'POST', `/api/mentorships/${request.id}/check-ins`, {
      startsAt: '2020-01-01T10:00:00Z',
    });
    expect(past.statusCode).toBe(400);
    expect(past.body).toMatch(/startsAt/);
    expect((await spaceOf(app, mara, request.id)).checkIns).toHaveLength(3);

    // The registered job, run by the scheduler twice (claimed early): the second pass finds it sent.
    // Reason for the cast: type-aware lint cannot resolve buildApp's `jobs` through TestApp (tsc can).
    const scheduler = (app as unknown as { jobs: JobScheduler }).jobs;
    expect(await scheduler.runOnce('mentorship-reminders', true)).toBe('ran');
    expect(await scheduler.runOnce('mentorship-reminders', true)).toBe('ran');
    expect(await app.services.mentorship.sendReminders(new Date())).toBe(0);
    for (const who of [mara, pia]) {
      const reminders = (await noticesOf(app, who)).filter((notice) => notice.kind === 'mentorship.check-in-reminder');
      expect(reminders, who.name).toHaveLength(1);
      expect(reminders[0]!.link).toBe(`/app/mentoring/${request.id}`);
    }
  });

  it('shows "mentored N therapists" on the profile and the public page only when the mentor opts in', async () => {
    const profile = async () =>
      (await mentorshipCall(app, nina, 'GET', `/api/profiles/${mara.slug}`)).json<{ mentored?: number }>();
    expect((await profile()).mentored).toBeUndefined();
    const optIn = await mentorshipCall(app, mara, 'PUT', '/api/me/mentoring', {
      offering: { areas: ['business'], capacity: 2, format: 'both', showMentoredCount: true },
    });
    expect(optIn.statusCode, optIn.body).toBe(200);
    // Nina (ended) and Pia (active): two distinct mentees; Olga's open request does not count.
    expect((await profile()).mentored).toBe(2);
    const page = await app.inject({ method: 'GET', url: `/p/${mara.slug}` });
    expect(page.body).toContain('Mentored 2 therapists');
  });
});
