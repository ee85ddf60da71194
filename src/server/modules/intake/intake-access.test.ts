// Intake, goals and the plan are private to the therapist who keeps the record. The access walk
// calls every intake and treatment-plans route in the OpenAPI document: another member and an
// anonymous caller get 404 exactly as for a client that does not exist, and nothing changes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Client } from '../../../contracts/clients.ts';
import type { Goal } from '../../../contracts/treatment-plans.ts';
import {
  anonymousActor,
  memberActor,
  moduleRoutes,
  namesRecord,
  tableRows,
  walkRecordRoutes,
} from '../../../../test/support/access-walk.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const answers = {
  anticoagulants: { yes: false },
  'recent-surgery': { yes: false },
  'dvt-history': { yes: false },
  pregnant: { yes: true, followUp: 'third' },
  'cancer-treatment': { yes: false },
  'skin-condition': { yes: false },
  fever: { yes: false },
  'recent-injury': { yes: false },
  'consent-treatment': { yes: true },
  'consent-accuracy': { yes: true },
  reasons: ['stress'],
};
const plan = { summary: 'Side-lying work', sessionsPer: 1, per: 'week', durationWeeks: 4 };
// Valid bodies, so a 404 is about access and not about input.
const bodies = {
  'PUT /api/clients/{id}/intake': [{ answers }],
  'POST /api/clients/{id}/goals': [{ words: 'Overwritten goal', activities: ['Walking'] }],
  'POST /api/clients/{id}/goals/{goalId}/measures': [{ psfs: [9], nprs: 1 }],
  'POST /api/clients/{id}/plan': [plan],
};
const ownScope = ['GET /api/intake/definition', 'PUT /api/intake/definition'];

describeEachDatabase('intake, goals and plan: nobody else sees them', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let owned: { id: string; goalId: string };

  const call = (who: Listed, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
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
    const id = (await call(maria, 'POST', '/api/clients', { name: 'Jordan Lee' })).json<Client>().id;
    const intake = await call(maria, 'PUT', `/api/clients/${id}/intake`, {
      answers: { ...answers, 'goals-words': 'Garden again' },
    });
    const goal = await call(maria, 'POST', `/api/clients/${id}/goals`, {
      words: 'Garden again',
      activities: ['Kneeling'],
    });
    const saved = await call(maria, 'POST', `/api/clients/${id}/plan`, { ...plan, summary: 'Gentle prenatal work' });
    expect([intake.statusCode, goal.statusCode, saved.statusCode]).toEqual([200, 201, 201]);
    owned = { id, goalId: goal.json<Goal>().id };
  });
  afterAll(async () => app?.cleanup());

  it('names the client on every route but the practice’s own form', async () => {
    const routes = await moduleRoutes(app, { tags: ['intake', 'treatment-plans'] });
    expect(
      routes
        .filter((route) => !namesRecord(route))
        .map((route) => route.key)
        .sort(),
    ).toEqual([...ownScope].sort());
  });

  it('answers another member and an anonymous caller 404 as for a missing client, changing nothing', async () => {
    await walkRecordRoutes(app, {
      tags: ['intake', 'treatment-plans'],
      actors: [
        memberActor('the therapist', maria, 'allowed'),
        memberActor('another member', sam, 'not-found'),
        anonymousActor('not-found'),
      ],
      params: owned,
      bodies,
      secrets: ['Garden', 'prenatal', 'Jordan', 'pregnan'],
      snapshot: () =>
        tableRows(app, [
          'intake_submissions',
          'client_goals',
          'client_goal_measures',
          'treatment_plans',
          'treatment_plan_versions',
          'treatment_plan_comments',
        ]),
    });
  });
});
