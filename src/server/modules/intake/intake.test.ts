// Intake: the shipped definition, answers checked against it (400 naming the question), flags with
// their guide entries, versions kept, a practice's own copy, and nothing in plain form at rest.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../contracts/clients.ts';
import type { ClientActor } from '../../access/actor.ts';
import type { IntakeDefinition, IntakeView } from '../../../contracts/intake.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { checkAnswers, raisedFlags } from './intake-definitions.ts';

const no = { yes: false };
/** Every required answer of the default form, all "no". */
const healthy = {
  anticoagulants: no,
  'recent-surgery': no,
  'dvt-history': no,
  pregnant: no,
  'cancer-treatment': no,
  'skin-condition': no,
  fever: no,
  'recent-injury': no,
  'consent-treatment': { yes: true },
  'consent-accuracy': { yes: true },
  reasons: ['pain'],
};
const secretWords = 'Carrying my toddler up the stairs without my back seizing';

describeEachDatabase('intake', (kind) => {
  let app: TestApp;
  let maria: { cookie: string };
  let clientId: string;
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, cookie = maria.cookie) =>
    app.inject({ method, url, headers: asMember(cookie), ...(body === undefined ? {} : { payload: body as object }) });
  const errorOf = (body: string) =>
    JSON.parse(body) as { error: { message: string; details?: { field: string; message: string }[] } };

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await signUp(app, 'Maria Alvarez');
    clientId = (await call('POST', '/api/clients', { name: 'Jordan Lee' })).json<Client>().id;
  });
  afterAll(async () => app?.cleanup());

  it('shows the default massage intake before any answer, with every question type', async () => {
    const response = await call('GET', `/api/clients/${clientId}/intake`);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<IntakeView>();
    expect(view.submission).toBeNull();
    expect(view.versions).toEqual([]);
    expect(view.definition).toMatchObject({ source: 'default', version: 1, title: 'Massage intake' });
    const types = new Set(
      view.definition.sections.flatMap((section) =>
        section.questions.flatMap((q) => [q.type, ...(q.type === 'yes-no' && q.followUp ? [q.followUp.type] : [])]),
      ),
    );
    expect([...types].sort()).toEqual(['body-areas', 'choice', 'date', 'scale', 'text', 'yes-no']);
  });

  it('refuses answers that do not fit the form, naming the question', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...healthy, fever: undefined }, 'answers.fever', /fever or feel unwell.*needs an answer/],
      [{ ...healthy, 'pain-now': 11 }, 'answers.pain-now', /hurt today.*0 to 10/],
      [{ ...healthy, 'problem-areas': ['tail'] }, 'answers.problem-areas', /body areas/],
      [{ ...healthy, pressure: 'crushing' }, 'answers.pressure', /Pressure you like.*options/],
      [{ ...healthy, pregnant: { yes: true, followUp: 'fourth' } }, 'answers.pregnant.followUp', /trimester/],
      [{ ...healthy, 'first-visit': '12 May' }, 'answers.first-visit', /date/],
      [{ ...healthy, shoe: 'size' }, 'answers.shoe', /not a question/],
    ];
    for (const [answers, field, message] of cases) {
      const response = await call('PUT', `/api/clients/${clientId}/intake`, { answers });
      expect(response.statusCode, response.body).toBe(400);
      const error = errorOf(response.body).error;
      expect(error.details?.[0]?.field, response.body).toBe(field);
      expect(error.message).toMatch(message);
    }
  });

  it('raises the pregnancy flag with its scope-of-practice guide entry, keeps each version', async () => {
    const first = await call('PUT', `/api/clients/${clientId}/intake`, {
      answers: { ...healthy, 'goals-words': secretWords, 'pain-now': 6, 'problem-areas': ['lower-back', 'neck'] },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<IntakeView>().flags).toEqual([]);

    const second = await call('PUT', `/api/clients/${clientId}/intake`, {
      answers: { ...healthy, pregnant: { yes: true, followUp: 'second' }, 'dvt-history': { yes: true } },
    });
    expect(second.statusCode, second.body).toBe(200);
    const view = second.json<IntakeView>();
    expect(view.submission).toMatchObject({
      version: 2,
      submittedBy: 'therapist',
      flags: ['dvt-history', 'pregnancy'],
    });
    const pregnancy = view.flags.find((flag) => flag.id === 'pregnancy');
    expect(pregnancy).toMatchObject({ severity: 'caution', guide: { key: 'pregnancy' } });
    expect(view.flags.find((flag) => flag.id === 'dvt-history')).toMatchObject({
      severity: 'stop',
      guide: { key: 'suspected-dvt', massage: 'do-not-massage', referTo: ['physician'] },
    });

    const read = (await call('GET', `/api/clients/${clientId}/intake`)).json<IntakeView>();
    expect(read.versions.map((v) => [v.version, v.flags])).toEqual([
      [2, ['dvt-history', 'pregnancy']],
      [1, []],
    ]);
    expect(read.submission?.answers.pregnant).toEqual({ yes: true, followUp: 'second' });

    const flags = await call('GET', `/api/clients/${clientId}/flags`);
    expect(flags.json<{ items: { id: string }[] }>().items.map((flag) => flag.id)).toEqual([
      'dvt-history',
      'pregnancy',
    ]);
    expect((await app.services.intake.flagsFor(clientId)).map((flag) => flag.id)).toEqual(['dvt-history', 'pregnancy']);
  });

  it('keeps no answer in plain form in the database, and logs the reads', async () => {
    const rows = await app.database.db.execute(sql`select * from intake_submissions`);
    const dump = JSON.stringify(rows.rows);
    expect(dump).not.toContain('toddler');
    expect(dump).not.toContain('lower-back');
    expect(dump).not.toContain('second');
    const log = await app.database.db.execute(
      sql`select action from client_access_log where client_id = ${clientId} order by at`,
    );
    expect(log.rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['filled in their intake', 'read their intake']),
    );
  });

  it('lets the client fill in their own intake; the therapist is told without words, another client is not found', async () => {
    const owner = (await app.database.db.execute(sql`select owner_user_id from clients where id = ${clientId}`))
      .rows[0]!.owner_user_id as string;
    const client: ClientActor = {
      kind: 'client',
      accountId: 'acc',
      email: 'j@example.com',
      records: [{ clientId, memberUserId: owner }],
    };
    const intake = app.services.intake;
    await expect(intake.portalGet({ ...client, records: [] }, clientId)).rejects.toMatchObject({ code: 'not_found' });
    await expect(intake.portalPut(client, clientId, { answers: { ...healthy, fever: 'maybe' } })).rejects.toMatchObject(
      {
        code: 'validation_failed',
      },
    );
    const view = await intake.portalPut(client, clientId, {
      answers: { ...healthy, pregnant: { yes: true, followUp: 'first' } },
    });
    expect(view.submission).toMatchObject({ submittedBy: 'client', flags: ['pregnancy'] });
    expect((await intake.portalGet(client, clientId)).versions[0]!.submittedBy).toBe('client');
    const notices = await app.database.db.execute(
      sql`select kind, title, body, link from notifications where user_id = ${owner}`,
    );
    expect(notices.rows).toEqual([
      expect.objectContaining({
        kind: 'client.intake-completed',
        title: 'A client completed their intake',
        link: `/app/clients/${clientId}`,
      }),
    ]);
    expect(JSON.stringify(notices.rows)).not.toMatch(/Jordan|pregnan/i);
  });

  it('lets the practice save its own copy as new versions; old answers keep the version they answered', async () => {
    const shipped = (await call('GET', '/api/intake/definition')).json<IntakeDefinition>();
    const copy = {
      title: 'Our intake',
      sections: [
        ...shipped.sections,
        { id: 'extra', title: 'Extra', questions: [{ id: 'parking', type: 'text', words: 'Where did you park?' }] },
      ],
    };
    const saved = await call('PUT', '/api/intake/definition', copy);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<IntakeDefinition>()).toMatchObject({ source: 'practice', version: 1, title: 'Our intake' });
    const again = await call('PUT', '/api/intake/definition', { ...copy, title: 'Our intake, v2' });
    expect(again.json<IntakeDefinition>()).toMatchObject({ source: 'practice', version: 2 });
    const bad = await call('PUT', '/api/intake/definition', {
      ...copy,
      sections: [
        {
          id: 'x',
          title: 'X',
          questions: [
            { id: 'q', type: 'yes-no', words: 'Q?', flag: { id: 'f', words: 'F', severity: 'stop', guideKey: 'nope' } },
          ],
        },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('unknown guide entry');

    const read = (await call('GET', `/api/clients/${clientId}/intake`)).json<IntakeView>();
    expect(read.definition).toMatchObject({ source: 'default', version: 1 });
    const answered = await call('PUT', `/api/clients/${clientId}/intake`, {
      answers: { ...healthy, parking: 'Round the back' },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<IntakeView>().submission?.definition).toEqual({ source: 'practice', version: 2 });
    const versions = (await call('GET', `/api/clients/${clientId}/intake`)).json<IntakeView>().versions;
    expect(versions.map((v) => v.definition)).toEqual([
      { source: 'practice', version: 2 },
      { source: 'default', version: 1 },
      { source: 'default', version: 1 },
      { source: 'default', version: 1 },
    ]);
  });
});

describe('intake definitions', () => {
  const definition = {
    title: 'T',
    sections: [
      {
        id: 's',
        title: 'S',
        questions: [
          {
            id: 'conditions',
            type: 'choice' as const,
            multiple: true,
            words: 'Conditions',
            options: [
              { id: 'none', words: 'None' },
              {
                id: 'varicose',
                words: 'Varicose veins',
                flag: { id: 'varicose', words: 'V', severity: 'caution' as const },
              },
            ],
          },
        ],
      },
    ],
  };
  it('raises a flag from a chosen option', () => {
    expect(raisedFlags(definition, checkAnswers(definition, { conditions: ['varicose'] }))).toEqual(['varicose']);
    expect(raisedFlags(definition, { conditions: ['none'] })).toEqual([]);
  });
});
