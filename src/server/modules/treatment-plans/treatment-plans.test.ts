// Goals and the plan: PSFS and PEG scores are the means of their items, measures accumulate over
// time, the plan keeps every version and the therapist's save is their agreement; words are sealed.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../contracts/clients.ts';
import type { ClientActor } from '../../access/actor.ts';
import type { Goal, PlanView } from '../../../contracts/treatment-plans.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { meanOf } from './treatment-plans.service.ts';

const goalWords = 'Pick up my granddaughter without my shoulder catching';
const planWords = 'Myofascial work around the rotator cuff, home stretches';

describe('scores', () => {
  it('are the means of their items, to two decimals', () => {
    expect(meanOf([3, 5, 4])).toBe(4);
    expect(meanOf([2, 3])).toBe(2.5);
    expect(meanOf([7, 6, 6])).toBe(6.33);
  });
});

describeEachDatabase('goals and the plan', (kind) => {
  let app: TestApp;
  let maria: { cookie: string };
  let clientId: string;
  let goal: Goal;
  const call = (method: 'GET' | 'POST', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: asMember(maria.cookie),
      ...(body === undefined ? {} : { payload: body as object }),
    });

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await signUp(app, 'Maria Alvarez');
    clientId = (await call('POST', '/api/clients', { name: 'Jordan Lee' })).json<Client>().id;
  });
  afterAll(async () => app?.cleanup());

  it('adds a goal in the client’s words with a PSFS, pain and PEG baseline, scored as means', async () => {
    const response = await call('POST', `/api/clients/${clientId}/goals`, {
      words: goalWords,
      activities: ['Lifting a child', 'Reaching a high shelf', 'Sleeping on my left side'],
      tracksPeg: true,
      rom: { joint: 'Left shoulder', movement: 'Flexion' },
      baseline: { psfs: [3, 5, 4], nprs: 6, peg: [7, 6, 6], romDegrees: 120 },
    });
    expect(response.statusCode, response.body).toBe(201);
    goal = response.json<Goal>();
    expect(goal).toMatchObject({
      words: goalWords,
      tracksPeg: true,
      latest: { psfs: 4, nprs: 6, peg: 6.33, romDegrees: 120 },
    });
  });

  it('records new measures over time and refuses ones that do not fit the goal, naming them', async () => {
    const later = await call('POST', `/api/clients/${clientId}/goals/${goal.id}/measures`, {
      psfs: [6, 7, 8],
      nprs: 3,
      moment: 'after',
    });
    expect(later.statusCode, later.body).toBe(201);
    expect(later.json<Goal>().measures.map((m) => [m.psfs, m.nprs])).toEqual([
      [4, 6],
      [7, 3],
    ]);
    const cases: [unknown, string][] = [
      [{ psfs: [6, 7] }, 'psfs'],
      [{ nprs: 11 }, 'nprs'],
      [{ peg: [1, 2] }, 'peg'],
      [{}, 'nprs'],
    ];
    for (const [body, field] of cases) {
      const response = await call('POST', `/api/clients/${clientId}/goals/${goal.id}/measures`, body);
      expect(response.statusCode, `${JSON.stringify(body)}: ${response.body}`).toBe(400);
      expect(response.body).toContain(field);
    }
    const plain = await call('POST', `/api/clients/${clientId}/goals`, { words: 'Sleep through the night' });
    const plainGoal = plain.json<Goal>();
    const refused = await call('POST', `/api/clients/${clientId}/goals/${plainGoal.id}/measures`, { peg: [1, 2, 3] });
    expect(refused.statusCode).toBe(400);
    const service = await app.services.treatmentPlans.goalsFor(clientId);
    expect(service.map((g) => g.words)).toEqual([goalWords, 'Sleep through the night']);
    const tooMany = await call('POST', `/api/clients/${clientId}/goals`, {
      words: 'x',
      activities: ['a', 'b', 'c', 'd', 'e', 'f'],
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('activities');
  });

  it('keeps every plan version; the therapist’s save agrees to it and the client is asked again', async () => {
    expect((await call('GET', `/api/clients/${clientId}/plan`)).json<PlanView>()).toEqual({ plan: null });
    const input = {
      summary: planWords,
      modalities: ['Myofascial release', 'Swedish'],
      areas: ['left-shoulder', 'upper-back'],
      sessionsPer: 1,
      per: 'week',
      durationWeeks: 6,
      reviewOn: '2027-01-20',
      goalIds: [goal.id],
    };
    const first = await call('POST', `/api/clients/${clientId}/plan`, input);
    expect(first.statusCode, first.body).toBe(201);
    const v1 = first.json<PlanView>().plan!;
    expect(v1.current).toMatchObject({ version: 1, summary: planWords, clientAgreedAt: null });
    expect(v1.current.therapistAgreedAt).not.toBeNull();

    const second = await call('POST', `/api/clients/${clientId}/plan`, { ...input, sessionsPer: 2 });
    const v2 = second.json<PlanView>().plan!;
    expect(v2.id).toBe(v1.id);
    expect(v2.versions.map((v) => [v.version, v.sessionsPer])).toEqual([
      [2, 2],
      [1, 1],
    ]);
    expect(v2.current.clientAgreedAt).toBeNull();

    const badGoal = await call('POST', `/api/clients/${clientId}/plan`, { ...input, goalIds: [crypto.randomUUID()] });
    expect(badGoal.statusCode).toBe(400);
    expect(badGoal.body).toContain('goalIds');
    const badArea = await call('POST', `/api/clients/${clientId}/plan`, { ...input, areas: ['tail'] });
    expect(badArea.statusCode).toBe(400);
    expect(badArea.body).toContain('areas');
  });

  it('takes the client’s agreement to the current version only (409 for a replaced one), and asks again after a change', async () => {
    const owner = (await app.database.db.execute(sql`select owner_user_id from clients where id = ${clientId}`))
      .rows[0]!.owner_user_id as string;
    const client: ClientActor = {
      kind: 'client',
      accountId: 'acc',
      email: 'j@example.com',
      records: [{ clientId, memberUserId: owner }],
    };
    const stranger: ClientActor = { ...client, records: [] };
    const plans = app.services.treatmentPlans;
    const view = (await plans.portalPlan(client, clientId)).plan!;
    expect(view.current.version).toBe(2);
    await expect(plans.agree(client, view.id, 1)).rejects.toMatchObject({ code: 'conflict' });
    await expect(plans.agree(stranger, view.id, 2)).rejects.toMatchObject({
      code: 'not_found',
      message: 'No such plan',
    });
    await expect(plans.portalPlan(stranger, clientId)).rejects.toMatchObject({ code: 'not_found' });
    const agreed = (await plans.agree(client, view.id, 2)).plan!;
    expect(agreed.current.clientAgreedAt).not.toBeNull();
    expect(agreed.current.therapistAgreedAt).not.toBeNull();
    const commented = (await plans.comment(client, view.id, 'Can we add my hips?')).plan!;
    expect(commented.comments.map((c) => [c.author, c.version, c.text])).toEqual([
      ['client', 2, 'Can we add my hips?'],
    ]);

    const changed = await call('POST', `/api/clients/${clientId}/plan`, {
      sessionsPer: 1,
      per: 'month',
      durationWeeks: 8,
    });
    const v3 = changed.json<PlanView>().plan!;
    expect(v3.current).toMatchObject({ version: 3, clientAgreedAt: null });
    expect(v3.versions[1]!.clientAgreedAt).not.toBeNull();
    expect(v3.comments[0]!.text).toBe('Can we add my hips?');
    await expect(plans.agree(client, view.id, 2)).rejects.toMatchObject({ code: 'conflict' });
    const notices = await app.database.db.execute(
      sql`select kind, title, body from notifications where user_id = ${owner}`,
    );
    expect(notices.rows.map((row) => row.kind).sort()).toEqual(['client.plan-agreed', 'client.plan-commented']);
    expect(JSON.stringify(notices.rows)).not.toMatch(/hips|Jordan/);
  });

  it('keeps no goal words, activities or plan text in plain form in the database', async () => {
    for (const table of [
      'client_goals',
      'client_goal_measures',
      'treatment_plans',
      'treatment_plan_versions',
      'treatment_plan_comments',
    ]) {
      const rows = JSON.stringify((await app.database.db.execute(sql.raw(`select * from ${table}`))).rows);
      for (const words of ['granddaughter', 'Lifting a child', 'Flexion', 'Myofascial', 'left-shoulder', 'hips'])
        expect(rows, `${table}`).not.toContain(words);
    }
  });
});
