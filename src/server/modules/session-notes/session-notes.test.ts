// Session notes: a signed note is locked (PATCH → 409 note_signed), amendments are added beside it
// and shown with it, shared parts are chosen, progress figures follow the signed sessions, and the
// raw tables hold no SOAP text in plain form.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Progress, SessionNote } from '../../../contracts/sessions.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

const strangerGoalId = '7b0c2b43-3f8e-4a53-9d7e-4f1c1c3e2a10';

describeEachDatabase('session notes', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let clientId: string;
  let goalId: string;

  const call = (method: string, url: string, body?: unknown) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: body === undefined ? { cookie: maria.cookie, origin } : asMember(maria.cookie),
      payload: body as object,
    });

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, {
      displayName: 'Maria Alvarez',
      postalCode: '02116',
      country: 'US',
      profession: 'massage-therapist',
    });
    clientId = (await call('POST', '/api/clients', { name: 'Jordan Lee' })).json<{ id: string }>().id;
    goalId = (
      await call('POST', `/api/clients/${clientId}/goals`, { words: 'Carry my grandchild without neck pain' })
    ).json<{ id: string }>().id;
  });
  afterAll(async () => app?.cleanup());

  it('locks a signed note: PATCH → 409 note_signed; an amendment is added with who and when and shown with the note', async () => {
    const draft = await call('POST', `/api/clients/${clientId}/sessions`, {
      date: '2026-11-02',
      subjective: 'Stiff left trapezius after desk work',
      objective: 'Hypertonic upper trapezius',
      assessment: 'Postural strain',
      plan: 'Weekly for four weeks',
      homeCare: 'Heat and gentle neck stretches',
      techniques: ['Swedish', 'Trigger point'],
      areas: ['Neck', 'Upper back'],
      pressure: 'firm',
      painBefore: 6,
      painAfter: 3,
      goalMeasures: [{ goalId, before: 4, after: 6 }],
      contraindicationsChecked: true,
      contraindications: 'None found',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const note = draft.json<SessionNote>();
    expect(note).toMatchObject({
      status: 'draft',
      pressure: 'firm',
      painBefore: 6,
      signedAt: null,
      techniques: ['Swedish', 'Trigger point'],
    });

    const patched = await call('PATCH', `/api/clients/${clientId}/sessions/${note.id}`, { painAfter: 2 });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<SessionNote>()).toMatchObject({
      painAfter: 2,
      subjective: 'Stiff left trapezius after desk work',
    });

    const signed = await call('POST', `/api/clients/${clientId}/sessions/${note.id}/sign`);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json<SessionNote>()).toMatchObject({ status: 'signed', signedBy: 'Maria Alvarez' });
    expect(signed.json<SessionNote>().signedAt).not.toBeNull();

    const refused = await call('PATCH', `/api/clients/${clientId}/sessions/${note.id}`, { plan: 'Changed later' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { reason: string } }>().error.reason).toBe('note_signed');
    expect((await call('POST', `/api/clients/${clientId}/sessions/${note.id}/sign`)).statusCode).toBe(409);

    const amended = await call('POST', `/api/clients/${clientId}/sessions/${note.id}/amendments`, {
      text: 'Client later reported a headache that evening',
    });
    expect(amended.statusCode, amended.body).toBe(201);
    const shown = (await call('GET', `/api/clients/${clientId}/sessions/${note.id}`)).json<SessionNote>();
    expect(shown.plan).toBe('Weekly for four weeks');
    expect(shown.amendments).toEqual([
      expect.objectContaining({ text: 'Client later reported a headache that evening', authorName: 'Maria Alvarez' }),
    ]);
    const list = (await call('GET', `/api/clients/${clientId}/sessions`)).json<{ items: SessionNote[] }>().items;
    expect(list.map((each) => [each.id, each.amendments.length])).toEqual([[note.id, 1]]);
  });

  it('answers 400 naming the field for bad input, and a draft cannot be amended or shared', async () => {
    const bad = await call('POST', `/api/clients/${clientId}/sessions`, { painBefore: 11 });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/Pain before/i);
    const draft = (
      await call('POST', `/api/clients/${clientId}/sessions`, { subjective: 'Draft only' })
    ).json<SessionNote>();
    expect(
      (await call('POST', `/api/clients/${clientId}/sessions/${draft.id}/amendments`, { text: 'x' })).statusCode,
    ).toBe(409);
    expect(
      (await call('POST', `/api/clients/${clientId}/sessions/${draft.id}/share`, { parts: ['plan'] })).statusCode,
    ).toBe(409);
  });

  it('shares only the chosen parts, in the note’s order', async () => {
    const note = (
      await call('POST', `/api/clients/${clientId}/sessions`, {
        date: '2026-11-09',
        plan: 'Keep going',
        homeCare: 'Walk daily',
        painBefore: 5,
        painAfter: 2,
        goalMeasures: [{ goalId, before: 5, after: 7 }],
        sign: true,
      })
    ).json<SessionNote>();
    expect(note.status).toBe('signed');
    const shared = await call('POST', `/api/clients/${clientId}/sessions/${note.id}/share`, {
      parts: ['homeCare', 'plan'],
    });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json<SessionNote>().sharedParts).toEqual(['plan', 'homeCare']);
    const bad = await call('POST', `/api/clients/${clientId}/sessions/${note.id}/share`, { parts: ['diagnosis'] });
    expect(bad.statusCode).toBe(400);
  });

  it('takes goal measures only for the client’s own goals, each once: 400 naming goalMeasures otherwise', async () => {
    const otherClient = (await call('POST', '/api/clients', { name: 'Sam Other' })).json<{ id: string }>().id;
    const otherGoal = (
      await call('POST', `/api/clients/${otherClient}/goals`, { words: 'Sleep through the night' })
    ).json<{ id: string }>().id;
    for (const goalMeasures of [
      [{ goalId: strangerGoalId, before: 1, after: 2 }],
      [{ goalId: otherGoal, before: 1, after: 2 }],
      [
        { goalId, before: 1, after: 2 },
        { goalId, before: 3, after: 4 },
      ],
    ]) {
      const refused = await call('POST', `/api/clients/${clientId}/sessions`, { date: '2026-11-05', goalMeasures });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.body).toMatch(/goalMeasures|goal measures/i);
    }
    const draft = (
      await call('POST', `/api/clients/${clientId}/sessions`, { date: '2026-11-05', subjective: 'Checking goals' })
    ).json<SessionNote>();
    const patched = await call('PATCH', `/api/clients/${clientId}/sessions/${draft.id}`, {
      goalMeasures: [{ goalId: otherGoal, before: 1, after: 2 }],
    });
    expect(patched.statusCode, patched.body).toBe(400);
    expect(patched.body).toMatch(/goalMeasures|goal measures/i);
    const fine = await call('PATCH', `/api/clients/${clientId}/sessions/${draft.id}`, {
      goalMeasures: [{ goalId, before: 3, after: 5 }],
    });
    expect(fine.statusCode, fine.body).toBe(200);
  });

  it('charts pain and each goal over the signed sessions, oldest first', async () => {
    const progress = (await call('GET', `/api/clients/${clientId}/progress`)).json<Progress>();
    expect(progress.series.map((each) => [each.key, each.points.map((p) => [p.date, p.before, p.after])])).toEqual([
      [
        'pain',
        [
          ['2026-11-02', 6, 2],
          ['2026-11-09', 5, 2],
        ],
      ],
      [
        `goal:${goalId}`,
        [
          ['2026-11-02', 4, 6],
          ['2026-11-09', 5, 7],
        ],
      ],
    ]);
  });

  it('keeps no SOAP text or amendment in plain form in the raw tables', async () => {
    const dump = JSON.stringify([
      (await app.database.db.execute(sql`select * from session_notes`)).rows,
      (await app.database.db.execute(sql`select * from session_amendments`)).rows,
    ]);
    for (const secret of [
      'trapezius',
      'Postural',
      'Weekly',
      'stretches',
      'Swedish',
      'Neck',
      'firm',
      'headache',
      'None found',
      'Walk daily',
    ])
      expect(dump).not.toContain(secret);
  });
});
