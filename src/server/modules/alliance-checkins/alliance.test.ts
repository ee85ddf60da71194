// Alliance check-ins and feedback: scoring (Kneadwork's check-in and a WAI-SR-shaped fixture, hand
// computed, reverse items included), the automatic check-in on the Nth signed session, the feedback
// email (no clinical text, a working link), the notice without words, the drop alert, the practice
// figures, retention and the re-booking email; answers are sealed in the raw table.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Alliance,
  AllianceSummary,
  CheckIn,
  PortalCheckIn,
  Questionnaire,
  Retention,
} from '../../../contracts/alliance.ts';
import { smtpTransport } from '../../lib/mail-transport.ts';
import { firstLink, startSmtpServer } from '../../../../test/support/smtp.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { asClient, invitedClient } from '../../../../test/support/portal.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';
import { allianceShapedFixture } from './questionnaire-fixtures.ts';
import { massageAllianceCheckIn, score } from './questionnaires.ts';
import { dropOf } from './alliance-trend.ts';
import { questionnaireDefinitionSchema } from '../../../contracts/alliance.ts';

describe('scoring by hand', () => {
  it('scores Kneadwork’s check-in by subscale mean, reversing task-2', () => {
    const answers = { 'goal-1': 4, 'task-1': 5, 'bond-1': 5, 'goal-2': 3, 'task-2': 2, 'bond-2': 4 };
    // goal (4 + 3) / 2; task (5 + (6 − 2)) / 2; bond (5 + 4) / 2; total (4+5+5+3+4+4) / 6 = 25 / 6
    expect(score(massageAllianceCheckIn, answers).scores).toEqual({ goal: 3.5, task: 4.5, bond: 4.5, total: 4.17 });
  });

  it('scores the WAI-SR-shaped fixture by sums: task 1,2,10,12; bond 3,5,7,9; goal 4,6,8,11 (4 and 9 reversed)', () => {
    const definition = questionnaireDefinitionSchema.parse(allianceShapedFixture);
    const raw = [5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5, 4];
    const answers = Object.fromEntries(raw.map((value, index) => [`q${index + 1}`, value]));
    // task 5 + 4 + 1 + 4 = 14; bond 3 + 1 + 4 + (6 − 2) = 12; goal (6 − 2) + 5 + 3 + 5 = 17; total 43
    expect(score(definition, answers).scores).toEqual({ goal: 17, task: 14, bond: 12, total: 43 });
    const lowest = Object.fromEntries(raw.map((_, index) => [`q${index + 1}`, index === 3 || index === 8 ? 5 : 1]));
    expect(score(definition, lowest).scores.total).toBe(12);
  });

  it('alerts on a drop of 1 point or 20 % from the mean of the first two check-ins, not on less', () => {
    const full = { goal: 5, task: 5, bond: 5 };
    expect(
      dropOf([
        { checkInId: 'a', means: full },
        { checkInId: 'b', means: full },
      ]).alert,
    ).toBeNull();
    expect(
      dropOf([
        { checkInId: 'a', means: full },
        { checkInId: 'b', means: full },
        { checkInId: 'c', means: { goal: 4, task: 4.5, bond: 5 } },
      ]).alert,
    ).toEqual({ subscales: ['goal'], checkInId: 'c' });
    // baseline 2.5 → 20 % is 0.5
    const low = { goal: 2.5, task: 3, bond: 3 };
    expect(
      dropOf([
        { checkInId: 'a', means: low },
        { checkInId: 'b', means: low },
        { checkInId: 'c', means: { goal: 2, task: 2.75, bond: 3 } },
      ]).alert?.subscales,
    ).toEqual(['goal']);
  });
});

describeEachDatabase('alliance check-ins', (kind) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let maria: Listed;
  let clientId: string;
  const email = 'jordan.lee@example.com';

  const call = (method: string, url: string, body?: unknown, who: Listed = maria) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: body === undefined ? { cookie: who.cookie, origin } : asMember(who.cookie),
      payload: body as object,
    });
  const cookies = new Map<string, string>();
  const signSession = async (id: string, date: string, subjective = 'Sore lumbar after lifting boxes') => {
    const response = await call('POST', `/api/clients/${id}/sessions`, { date, subjective, sign: true });
    expect(response.statusCode, response.body).toBe(201);
  };
  const waiting = async (id = clientId) => {
    const response = await asClient(app, cookies.get(id)!, 'GET', '/api/portal/check-ins');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: PortalCheckIn[] }>().items.filter((each) => each.answeredAt === null);
  };
  const answer = (checkInId: string, answers: Record<string, number>, comment = '', id = clientId) =>
    asClient(app, cookies.get(id) ?? null, 'POST', `/api/portal/check-ins/${checkInId}`, { answers, comment });
  const scoresOf = async (response: Promise<{ statusCode: number; body: string; json: <T>() => T }>) => {
    const answered = await response;
    expect(answered.statusCode, answered.body).toBe(200);
    return answered.json<{ scores: Record<string, number> }>();
  };
  const allFive = { 'goal-1': 5, 'task-1': 5, 'bond-1': 5, 'goal-2': 5, 'task-2': 1, 'bond-2': 5 };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createTestApp(kind, {
      env: { SMTP_URL: smtp.url },
      mailTransport: smtpTransport(smtp.url, 'Kneadwork <no-reply@kneadwork.test>'),
    });
    maria = await listMember(app, {
      displayName: 'Maria Alvarez',
      postalCode: '02116',
      country: 'US',
      profession: 'massage-therapist',
    });
    const invited = await invitedClient(app, maria, { name: 'Jordan Lee', email });
    clientId = invited.clientId;
    cookies.set(clientId, invited.cookie);
  });
  afterAll(async () => {
    await app?.cleanup();
    await smtp?.close();
  });

  it('lists Kneadwork’s own check-in with its items, scale, subscales and scoring, and a practice’s validated own', async () => {
    const list = (await call('GET', '/api/questionnaires')).json<{ items: Questionnaire[] }>().items;
    expect(list[0]).toMatchObject({
      key: 'kneadwork-massage-alliance',
      source: 'shipped',
      scoring: 'mean',
      scale: { min: 1, max: 5 },
    });
    expect(list[0]!.items.filter((item) => item.reverse).map((item) => item.id)).toEqual(['task-2']);
    expect(list[0]!.licence).toContain('CC BY 4.0');

    const bad = await call('POST', '/api/questionnaires', {
      ...allianceShapedFixture,
      items: [{ id: 'q1', text: 'x', subscale: 'nope' }],
    });
    expect(bad.statusCode).toBe(400);
    const added = await call('POST', '/api/questionnaires', allianceShapedFixture);
    expect(added.statusCode, added.body).toBe(201);
    expect((await call('POST', '/api/questionnaires', allianceShapedFixture)).statusCode).toBe(409);
    const other = await listMember(app, {
      displayName: 'Sam Okafor',
      postalCode: '02139',
      country: 'US',
      profession: 'massage-therapist',
    });
    const samsList = (await call('GET', '/api/questionnaires', undefined, other)).json<{ items: Questionnaire[] }>()
      .items;
    expect(samsList.map((each) => each.key)).toEqual(['kneadwork-massage-alliance']);
  });

  it('sends the feedback form after each signed session by an email with no clinical text whose link works, and a check-in on every 3rd', async () => {
    await signSession(clientId, '2026-10-01');
    let forms = await waiting();
    expect(forms.map((each) => each.kind)).toEqual(['feedback']);
    const mail = await smtp.waitFor(email, (each) => each.subject === 'Your therapist would like your feedback');
    expect(mail.subject).toBe('Your therapist would like your feedback');
    for (const clinical of ['lumbar', 'boxes', 'Sore', 'Jordan', 'Maria'])
      expect(`${mail.subject} ${mail.text}`).not.toContain(clinical);
    const link = firstLink(mail.text)!;
    expect(link).toMatch(/\/app\/portal$/);
    expect([200, 503]).toContain((await app.inject({ method: 'GET', url: new URL(link).pathname })).statusCode);

    await signSession(clientId, '2026-10-15');
    expect((await waiting()).filter((each) => each.kind === 'alliance')).toHaveLength(0);
    await signSession(clientId, '2026-10-29');
    forms = await waiting();
    expect(forms.filter((each) => each.kind === 'alliance').map((each) => each.questionnaire.key)).toEqual([
      'kneadwork-massage-alliance',
    ]);
    expect(forms.filter((each) => each.kind === 'feedback')).toHaveLength(3);
  });

  it('scores answers, seals them, tells the therapist at once without words, and refuses a second answer', async () => {
    const [checkIn] = (await waiting()).filter((each) => each.kind === 'alliance');
    const result = await scoresOf(
      answer(checkIn!.id, { 'goal-1': 4, 'task-1': 5, 'bond-1': 5, 'goal-2': 3, 'task-2': 2, 'bond-2': 4 }),
    );
    expect(result).toEqual({ scores: { goal: 3.5, task: 4.5, bond: 4.5, total: 4.17 } });
    expect((await answer(checkIn!.id, allFive)).statusCode).toBe(409);

    const [feedback] = (await waiting()).filter((each) => each.kind === 'feedback');
    const outOfScale = await answer(feedback!.id, { comfort: 6, pressure: 3, communication: 4 });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.body).toContain('Answers');
    expect((await answer(feedback!.id, { comfort: 5 })).statusCode).toBe(400);
    expect(
      await scoresOf(
        answer(feedback!.id, { comfort: 5, pressure: 3, communication: 4 }, 'Less pressure on my shoulders please'),
      ),
    ).toEqual({ scores: { comfort: 5, pressure: 3, communication: 4, total: 4 } });
    expect((await answer(feedback!.id, allFive, '', 'nobody')).statusCode).toBe(404);

    const notices = (await call('GET', '/api/notifications')).json<{
      items: { kind: string; title: string; body: string; link: string }[];
    }>().items;
    expect(notices.map((each) => each.kind).sort()).toEqual(['client.check-in', 'client.feedback']);
    for (const notice of notices) {
      expect(notice.link).toBe(`/app/clients/${clientId}`);
      expect(`${notice.title} ${notice.body}`).not.toMatch(/Jordan|shoulders|pressure on/);
    }
    const alliance = (await call('GET', `/api/clients/${clientId}/alliance`)).json<Alliance>();
    expect(alliance.feedback.find((each) => each.id === feedback!.id)?.comment).toBe(
      'Less pressure on my shoulders please',
    );

    const dump = JSON.stringify((await app.database.db.execute(sql`select answers_enc from check_ins`)).rows);
    expect(dump).not.toContain('shoulders');
    expect(dump).not.toContain('goal-1');
  });

  it('shows the trend and alerts when a subscale drops from the client’s own baseline', async () => {
    const riley = await invitedClient(app, maria, { name: 'Riley Park', email: 'riley@example.com' });
    const id = riley.clientId;
    cookies.set(id, riley.cookie);
    const sendOne = async () => {
      const sent = await call('POST', `/api/clients/${id}/check-ins`, { questionnaire: 'kneadwork-massage-alliance' });
      expect(sent.statusCode, sent.body).toBe(201);
      return sent.json<CheckIn>().id;
    };
    await scoresOf(answer(await sendOne(), allFive, '', id));
    await scoresOf(answer(await sendOne(), allFive, '', id));
    let trend = (await call('GET', `/api/clients/${id}/alliance`)).json<Alliance>();
    expect(trend.alert).toBeNull();
    await scoresOf(answer(await sendOne(), { ...allFive, 'goal-1': 4, 'goal-2': 4, 'bond-1': 4 }, '', id));
    trend = (await call('GET', `/api/clients/${id}/alliance`)).json<Alliance>();
    expect(trend.baseline).toEqual({ goal: 5, task: 5, bond: 5 });
    expect(trend.points.map((p) => [p.goal, p.task, p.bond])).toEqual([
      [5, 5, 5],
      [5, 5, 5],
      [4, 5, 4.5],
    ]);
    expect(trend.alert?.subscales).toEqual(['goal']);
    const notices = (await call('GET', '/api/notifications')).json<{ items: { kind: string; link: string }[] }>().items;
    expect(notices.filter((each) => each.kind === 'client.check-in-drop').map((each) => each.link)).toEqual([
      `/app/clients/${id}`,
    ]);

    const summary = (await call('GET', '/api/alliance/summary')).json<AllianceSummary>();
    expect(summary.clientsWithDrop).toEqual([{ clientId: id, name: 'Riley Park', subscales: ['goal'] }]);
    expect(summary.median.goal).toBe(3.75);
    expect(summary.answered).toBe(5);
    expect(summary.responseRate).toBe(Math.round((5 / summary.sent) * 100) / 100);
  });

  it('lists clients overdue against their expected interval, and sends the re-booking email only when asked', async () => {
    const retention = (await call('GET', '/api/alliance/retention')).json<Retention>();
    const jordan = retention.items.find((each) => each.clientId === clientId)!;
    expect(jordan).toMatchObject({
      signedSessions: 3,
      lastVisit: '2026-10-29',
      averageIntervalDays: 14,
      expectedIntervalDays: 14,
      intervalSource: 'practice',
      nextDue: '2026-11-12',
    });
    expect(jordan.overdueDays).toBeGreaterThan(0);
    expect((await call('PUT', `/api/clients/${clientId}/visit-interval`, { days: 30 })).statusCode).toBe(200);
    const after = (await call('GET', '/api/alliance/retention'))
      .json<Retention>()
      .items.find((each) => each.clientId === clientId)!;
    expect(after).toMatchObject({ expectedIntervalDays: 30, intervalSource: 'client', nextDue: '2026-11-28' });

    const draft = (await call('GET', `/api/clients/${clientId}/rebooking-reminder`)).json<{
      to: string;
      subject: string;
      text: string;
    }>();
    expect(draft.to).toBe(email);
    expect(draft.text).not.toMatch(/lumbar|Jordan/);
    const sent = await call('POST', `/api/clients/${clientId}/rebooking-reminder`, {
      subject: draft.subject,
      text: `${draft.text}\nP.S. edited`,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const mail = await smtp.waitFor(email, (each) => each.subject === draft.subject);
    expect(mail.text).toContain('P.S. edited');
  });

  it('expects visits at the current plan’s frequency when the client has a plan and no interval of their own', async () => {
    const id = (await call('POST', '/api/clients', { name: 'Casey Plan' })).json<{ id: string }>().id;
    await signSession(id, '2026-10-01', 'Tight hamstrings');
    const itemOf = async () =>
      (await call('GET', '/api/alliance/retention')).json<Retention>().items.find((each) => each.clientId === id)!;
    expect(await itemOf()).toMatchObject({
      expectedIntervalDays: 14,
      intervalSource: 'practice',
      nextDue: '2026-10-15',
    });

    const plan = { summary: 'Loosen the hamstrings', durationWeeks: 6 };
    const saved = await call('POST', `/api/clients/${id}/plan`, { ...plan, sessionsPer: 1, per: 'week' });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(await itemOf()).toMatchObject({ expectedIntervalDays: 7, intervalSource: 'plan', nextDue: '2026-10-08' });
    // The current version counts: two a month is every 15 days.
    await call('POST', `/api/clients/${id}/plan`, { ...plan, sessionsPer: 2, per: 'month' });
    expect(await itemOf()).toMatchObject({ expectedIntervalDays: 15, intervalSource: 'plan', nextDue: '2026-10-16' });

    expect((await call('PUT', `/api/clients/${id}/visit-interval`, { days: 21 })).statusCode).toBe(200);
    expect(await itemOf()).toMatchObject({ expectedIntervalDays: 21, intervalSource: 'client' });
    expect((await call('PUT', `/api/clients/${id}/visit-interval`, { days: null })).statusCode).toBe(200);
    expect(await itemOf()).toMatchObject({ expectedIntervalDays: 15, intervalSource: 'plan' });
  });
});
