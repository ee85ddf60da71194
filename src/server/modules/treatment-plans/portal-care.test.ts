// The client's side in the portal: their own intake, goals and plan. The access walk calls every
// portal intake and plan route: another client of the same therapist, a client of another
// therapist, a member and an anonymous caller get 404 exactly as for a record that does not exist,
// and nothing changes. Then the journey: the client fills in the intake with a pregnancy flag, the
// therapist sees it, saves a plan, the client agrees (409 for a replaced version) and comments.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { IntakeView } from '../../../contracts/intake.ts';
import type { Goal, PlanView } from '../../../contracts/treatment-plans.ts';
import {
  portalActor,
  anonymousActor,
  memberActor,
  moduleRoutes,
  namesRecord,
  tableRows,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { asClient, invitedClient } from '../../../../test/support/portal.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const no = { yes: false };
const answers = {
  anticoagulants: no,
  'recent-surgery': no,
  'dvt-history': no,
  pregnant: { yes: true, followUp: 'second' },
  'cancer-treatment': no,
  'skin-condition': no,
  fever: no,
  'recent-injury': no,
  'consent-treatment': { yes: true },
  'consent-accuracy': { yes: true },
  reasons: ['pain'],
  'goals-words': 'Sleep without my hips aching',
};

describeEachDatabase('the client’s intake, goals and plan in the portal', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let robin: { clientId: string; cookie: string };
  let kim: { clientId: string; cookie: string };
  let lee: { clientId: string; cookie: string };
  let planId: string;

  const member = (who: Listed, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: asMember(who.cookie),
      ...(body === undefined ? {} : { payload: body as object }),
    });

  beforeAll(async () => {
    app = await createTestApp(kind);
    const profile = { postalCode: '02116', country: 'US', profession: 'massage-therapist' } as const;
    maria = await listMember(app, { displayName: 'Maria Alvarez', ...profile });
    sam = await listMember(app, { displayName: 'Sam Okafor', ...profile });
    robin = await invitedClient(app, maria, { name: 'Robin Client' });
    kim = await invitedClient(app, maria, { name: 'Kim Client' });
    lee = await invitedClient(app, sam, { name: 'Lee Client' });
  });
  afterAll(async () => app?.cleanup());

  it('lets the client fill in their intake; the flag reaches the therapist, the notice has no words', async () => {
    const missing = await asClient(app, robin.cookie, 'PUT', `/api/portal/records/${robin.clientId}/intake`, {
      answers: { ...answers, fever: undefined },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('answers.fever');
    const sent = await asClient(app, robin.cookie, 'PUT', `/api/portal/records/${robin.clientId}/intake`, { answers });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json<IntakeView>().submission).toMatchObject({ submittedBy: 'client', flags: ['pregnancy'] });

    const flags = await member(maria, 'GET', `/api/clients/${robin.clientId}/flags`);
    const items = flags.json<{ items: { id: string; guide: { key: string } | null }[] }>().items;
    expect(items.map((flag) => [flag.id, flag.guide?.key])).toEqual([['pregnancy', 'pregnancy']]);
    const notices = await member(maria, 'GET', '/api/notifications');
    expect(notices.body).toContain('A client completed their intake');
    expect(notices.body).not.toMatch(/Robin|hips|pregnan/i);
  });

  it('takes the client’s agreement to the version they read, refuses a replaced one (409), and asks again', async () => {
    const goal = await member(maria, 'POST', `/api/clients/${robin.clientId}/goals`, {
      words: 'Sleep without my hips aching',
      activities: ['Sleeping on my side'],
      baseline: { psfs: [3], nprs: 5 },
    });
    expect(goal.statusCode, goal.body).toBe(201);
    const plan = {
      sessionsPer: 2,
      per: 'month',
      durationWeeks: 8,
      goalIds: [goal.json<Goal>().id],
      summary: 'Side-lying prenatal work',
    };
    const v1 = (await member(maria, 'POST', `/api/clients/${robin.clientId}/plan`, plan)).json<PlanView>().plan!;
    planId = v1.id;
    const read = (
      await asClient(app, robin.cookie, 'GET', `/api/portal/records/${robin.clientId}/plan`)
    ).json<PlanView>();
    expect(read.plan?.current).toMatchObject({ version: 1, summary: 'Side-lying prenatal work', clientAgreedAt: null });
    const goals = await asClient(app, robin.cookie, 'GET', `/api/portal/records/${robin.clientId}/goals`);
    expect(goals.json<{ items: Goal[] }>().items[0]).toMatchObject({ latest: { psfs: 3, nprs: 5 } });

    await member(maria, 'POST', `/api/clients/${robin.clientId}/plan`, { ...plan, sessionsPer: 1 });
    const stale = await asClient(app, robin.cookie, 'POST', `/api/portal/plans/${planId}/agree`, { version: 1 });
    expect(stale.statusCode, stale.body).toBe(409);
    const agreed = await asClient(app, robin.cookie, 'POST', `/api/portal/plans/${planId}/agree`, { version: 2 });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json<PlanView>().plan?.current.clientAgreedAt).not.toBeNull();
    const comment = await asClient(app, robin.cookie, 'POST', `/api/portal/plans/${planId}/comments`, {
      text: 'Could we try a pillow under my belly?',
    });
    expect(comment.statusCode, comment.body).toBe(201);
    const seen = (await member(maria, 'GET', `/api/clients/${robin.clientId}/plan`)).json<PlanView>().plan!;
    expect(seen.current).toMatchObject({ version: 2 });
    expect(seen.current.clientAgreedAt).not.toBeNull();
    expect(seen.comments.map((c) => c.text)).toEqual(['Could we try a pillow under my belly?']);
    const v3 = (await member(maria, 'POST', `/api/clients/${robin.clientId}/plan`, plan)).json<PlanView>().plan!;
    expect(v3.current).toMatchObject({ version: 3, clientAgreedAt: null });

    // The client's own reads and writes are theirs in the access log, in plain words.
    const log = await member(maria, 'GET', `/api/clients/${robin.clientId}/access-log`);
    const entries = log.json<{ items: { actorLabel: string; action: string }[] }>().items;
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorLabel: 'the client', action: 'filled in their intake' }),
        expect.objectContaining({ actorLabel: 'the client', action: 'read their plan' }),
        expect.objectContaining({ actorLabel: 'Maria Alvarez', action: 'changed their plan' }),
      ]),
    );
  });

  it('names a record on every portal intake and plan route', async () => {
    const routes = await moduleRoutes(app, { tags: ['portal-intake', 'portal-plans'] });
    expect(routes.filter((route) => !namesRecord(route))).toEqual([]);
    expect(routes.length).toBe(6);
  });

  it('answers anyone but the client 404 as for a record that does not exist, changing nothing', async () => {
    await walkRecordRoutes(app, {
      tags: ['portal-intake', 'portal-plans'],
      actors: [
        portalActor('the client', robin.cookie, 'allowed'),
        portalActor('another client of the same therapist', kim.cookie, 'not-found'),
        portalActor('a client of another therapist', lee.cookie, 'not-found'),
        memberActor('their therapist, without a portal session', maria, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: { clientId: robin.clientId, planId },
      bodies: {
        'PUT /api/portal/records/{clientId}/intake': [{ answers }],
        'POST /api/portal/plans/{planId}/agree': [{ version: 3 }],
        'POST /api/portal/plans/{planId}/comments': [{ text: 'Someone else’s words' }],
      },
      secrets: ['hips', 'prenatal', 'pillow', 'Robin'],
      snapshot: () =>
        tableRows(app, ['intake_submissions', 'client_goals', 'treatment_plan_versions', 'treatment_plan_comments']),
    });
  });

  it('answers a client 404 on every therapist route of intake, goals and plan', async () => {
    await walkRecordRoutes(app, {
      tags: ['intake', 'treatment-plans'],
      actors: [
        portalActor('the client themselves, signed in to the portal', robin.cookie, 'not-found'),
        portalActor('a client of another therapist', lee.cookie, 'not-found'),
        memberActor('another member', sam, 'not-found'),
      ],
      params: { id: robin.clientId, goalId: () => crypto.randomUUID() },
      bodies: {
        'PUT /api/clients/{id}/intake': [{ answers }],
        'POST /api/clients/{id}/goals/{goalId}/measures': [{ nprs: 1 }],
        'POST /api/clients/{id}/plan': [{ sessionsPer: 1, per: 'week', durationWeeks: 1 }],
      },
      snapshot: () => tableRows(app, ['intake_submissions', 'client_goals', 'treatment_plan_versions']),
    });
  });
});
