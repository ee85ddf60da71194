// No clinical word rests in plain form (issue 11): a client's whole record is written through the
// API as therapist and client would — details, consent note, intake (with a follow-up), goal and
// its activities, plan, the client's comment, a signed session note, its amendment, feedback and
// check-in comments — each carrying a word found nowhere else. Then every table of the database is
// read raw: none of the words appears anywhere, on either database, and the therapist still reads
// them back through the API (so the test cannot pass by losing the data).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listMember, type Listed } from './support/listed-members.ts';
import { asClient, invitedClient } from './support/portal.ts';
import { call } from './support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from './support/test-app.ts';

// One invented word per place the record keeps words.
const words = {
  notes: 'Quillfeather',
  consentNote: 'Brambleworth',
  intakeReason: 'Marrowvane',
  medications: 'Thistlecombe',
  goal: 'Larkspindle',
  activity: 'Fennimoor',
  plan: 'Corvellian',
  planComment: 'Dunmarrow',
  subjective: 'Wrenhollow',
  amendment: 'Ashgrove',
  feedback: 'Pellucidor',
  checkIn: 'Gorsemantle',
};

describeEachDatabase('clinical text at rest', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let clientId: string;
  let cookie: string;

  const ok = async (response: Promise<{ statusCode: number; body: string }>, status = [200, 201]) => {
    const answer = await response;
    expect(status, answer.body).toContain(answer.statusCode);
    return answer as unknown as { json: <T>() => T; body: string };
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, {
      displayName: 'Maria Alvarez',
      postalCode: '02116',
      country: 'US',
      profession: 'massage-therapist',
    });
    const client = await invitedClient(app, maria, { name: 'Plain Name' });
    ({ clientId, cookie } = client);
    await ok(call(app, maria, 'PATCH', `/api/clients/${clientId}`, { notes: `Notes ${words.notes}` }));
    await ok(
      call(app, maria, 'POST', `/api/clients/${clientId}/consents`, {
        scope: ['history'],
        sharedWith: { kind: 'any-referral' },
        method: 'written',
        note: `Signed at the desk ${words.consentNote}`,
      }),
    );
    // The client's intake in the portal.
    const form = (await ok(asClient(app, cookie, 'GET', `/api/portal/records/${clientId}/intake`))).json<{
      definition: {
        sections: { questions: { id: string; type: string; required?: boolean; options?: { id: string }[] }[] }[];
      };
    }>();
    const answers: Record<string, unknown> = {};
    for (const question of form.definition.sections.flatMap((section) => section.questions)) {
      if (question.id === 'reasons-words') answers[question.id] = `Since the move ${words.intakeReason}`;
      else if (question.id === 'medications') answers[question.id] = `Takes ${words.medications}`;
      else if (!question.required) continue;
      else if (question.type === 'yes-no') answers[question.id] = { yes: question.id.startsWith('consent') };
      else if (question.type === 'choice') answers[question.id] = [question.options![0]!.id];
    }
    await ok(asClient(app, cookie, 'PUT', `/api/portal/records/${clientId}/intake`, { answers }));
    // Goal, plan, the client's comment.
    const goal = (
      await ok(
        call(app, maria, 'POST', `/api/clients/${clientId}/goals`, {
          words: `Garden again ${words.goal}`,
          activities: [`Kneeling ${words.activity}`],
        }),
      )
    ).json<{ id: string }>();
    const plan = (
      await ok(
        call(app, maria, 'POST', `/api/clients/${clientId}/plan`, {
          summary: `Gentle work ${words.plan}`,
          sessionsPer: 1,
          per: 'week',
          durationWeeks: 6,
          goalIds: [goal.id],
        }),
      )
    ).json<{ plan: { id: string } }>();
    await ok(
      asClient(app, cookie, 'POST', `/api/portal/plans/${plan.plan.id}/comments`, {
        text: `Question ${words.planComment}`,
      }),
    );
    // A signed session, its amendment; the feedback form it sends and a check-in, answered.
    const session = (
      await ok(
        call(app, maria, 'POST', `/api/clients/${clientId}/sessions`, {
          subjective: `Felt ${words.subjective}`,
          painBefore: 6,
          painAfter: 3,
          sign: true,
        }),
      )
    ).json<{ id: string }>();
    await ok(
      call(app, maria, 'POST', `/api/clients/${clientId}/sessions/${session.id}/amendments`, {
        text: `Also ${words.amendment}`,
      }),
    );
    await ok(
      call(app, maria, 'POST', `/api/clients/${clientId}/check-ins`, { questionnaire: 'kneadwork-massage-alliance' }),
    );
    const forms = (await ok(asClient(app, cookie, 'GET', '/api/portal/check-ins'))).json<{
      items: { id: string; kind: string; questionnaire: { items: { id: string }[]; scale: { min: number } } }[];
    }>().items;
    expect(forms.map((form) => form.kind).sort()).toEqual(['alliance', 'feedback']);
    for (const form of forms) {
      const all = Object.fromEntries(
        form.questionnaire.items.map((item) => [item.id, form.questionnaire.scale.min + 2]),
      );
      const comment = form.kind === 'feedback' ? `Next time ${words.feedback}` : `Thanks ${words.checkIn}`;
      await ok(asClient(app, cookie, 'POST', `/api/portal/check-ins/${form.id}`, { answers: all, comment }));
    }
  });
  afterAll(async () => app?.cleanup());

  it('keeps every word sealed in every table', async () => {
    const tables = await app.database.db.execute<{ name: string }>(
      sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`,
    );
    const found: string[] = [];
    for (const { name } of tables.rows) {
      const rows = await app.database.db.execute(sql.raw(`select * from "${name}"`));
      const raw = JSON.stringify(rows.rows);
      for (const [place, word] of Object.entries(words)) if (raw.includes(word)) found.push(`${place} in ${name}`);
    }
    expect(found).toEqual([]);
  });

  it('still gives every word back to the therapist through the export', async () => {
    const exported = await ok(call(app, maria, 'GET', `/api/clients/${clientId}/export`));
    for (const [place, word] of Object.entries(words)) expect(exported.body, place).toContain(word);
  });
});
