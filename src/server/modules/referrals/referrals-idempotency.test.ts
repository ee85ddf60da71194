// POST /api/referrals with an Idempotency-Key: a retried request (a timeout, a flaky connection)
// gets the referral the first one made and never makes a second; the same key with a different body
// is refused (422); a key is one member's, so another member's request with the same key is their
// own; two requests racing with one key make one.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Referral } from '../../../contracts/referrals.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { addClient, addConsent, referralBody, referralScene } from '../../../../test/support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

const rowsOf = <T>(result: unknown) => (result as { rows?: T[] }).rows ?? (result as T[]);

describeEachDatabase('referrals: a retried create with the same Idempotency-Key', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let chiro: Listed;
  let sam: Listed;
  let clientId: string;
  let consentId: string;

  const post = (who: Listed, body: unknown, key?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/referrals',
      headers: { ...asMember(who.cookie), ...(key ? { 'idempotency-key': key } : {}) },
      payload: body as object,
    });
  const referralsFrom = async (who: Listed) =>
    rowsOf<{ id: string }>(
      await app.database.db.execute(
        sql`select r.id from referrals r join "user" u on u.id = r.from_user_id where u.email = ${who.email}`,
      ),
    );

  beforeAll(async () => {
    app = await createTestApp(kind);
    ({ maria, chiro, sam, clientId, consentId } = await referralScene(app));
  });
  afterAll(async () => app?.cleanup());

  it('answers a retry with the first referral and makes no second one', async () => {
    const before = (await referralsFrom(maria)).length;
    const body = referralBody(clientId, consentId, { toMemberSlug: chiro.slug });
    const first = await post(maria, body, 'retry-key-1');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await post(maria, body, 'retry-key-1');
    expect(again.statusCode, again.body).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json<Referral>().id).toBe(first.json<Referral>().id);
    expect(again.json<Referral>().reasonClinical).toBe(first.json<Referral>().reasonClinical);
    expect(await referralsFrom(maria)).toHaveLength(before + 1);
    // The recipient was told once.
    const notices = rowsOf<{ n: number }>(
      await app.database.db.execute(
        sql`select count(*)::int as n from notifications where subject = ${`referral:${first.json<Referral>().id}`}`,
      ),
    );
    expect(notices[0]!.n).toBe(1);
    // Without a key, every request is a new referral.
    expect((await post(maria, body)).statusCode).toBe(201);
    expect((await post(maria, body)).statusCode).toBe(201);
    expect(await referralsFrom(maria)).toHaveLength(before + 3);
  });

  it('refuses the same key with a different body (422 naming the header), and still replays the first', async () => {
    const before = (await referralsFrom(maria)).length;
    const body = referralBody(clientId, consentId, { toMemberSlug: chiro.slug });
    const first = await post(maria, body, 'changed-body-key');
    expect(first.statusCode, first.body).toBe(201);
    const changed = await post(maria, { ...body, urgency: 'urgent' }, 'changed-body-key');
    expect(changed.statusCode, changed.body).toBe(422);
    expect(changed.headers['idempotent-replayed']).toBeUndefined();
    const error = changed.json<{ error: { code: string; message: string; details: { field: string }[] } }>().error;
    expect(error.code).toBe('idempotency_key_reused');
    expect(error.message).toMatch(/^Idempotency-Key: .*different request/);
    expect(error.details).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    expect(await referralsFrom(maria)).toHaveLength(before + 1);
    // The same body again is still a retry of the first.
    const again = await post(maria, body, 'changed-body-key');
    expect(again.statusCode, again.body).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json<Referral>().id).toBe(first.json<Referral>().id);
    expect(await referralsFrom(maria)).toHaveLength(before + 1);
  });

  it('keeps one member’s key apart from another member’s', async () => {
    const samClient = await addClient(app, sam, 'Robin Hale');
    const samConsent = await addConsent(app, sam, samClient);
    const marias = await post(maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }), 'shared-key');
    const sams = await post(sam, referralBody(samClient, samConsent, { toMemberSlug: chiro.slug }), 'shared-key');
    expect(marias.statusCode, marias.body).toBe(201);
    expect(sams.statusCode, sams.body).toBe(201);
    expect(sams.headers['idempotent-replayed']).toBeUndefined();
    expect(sams.json<Referral>().id).not.toBe(marias.json<Referral>().id);
    expect((await referralsFrom(sam)).map((row) => row.id)).toEqual([sams.json<Referral>().id]);
  });

  it('makes one referral of two requests racing with the same key', async () => {
    const before = (await referralsFrom(maria)).length;
    const body = referralBody(clientId, consentId, { toMemberSlug: chiro.slug });
    const answers = await Promise.all([
      post(maria, body, 'racing-key'),
      post(maria, body, 'racing-key'),
      post(maria, body, 'racing-key'),
    ]);
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(201);
    expect(new Set(answers.map((answer) => answer.json<Referral>().id)).size).toBe(1);
    expect(await referralsFrom(maria)).toHaveLength(before + 1);
  });

  it('documents the header in OpenAPI', () => {
    const spec = app.swagger() as { paths: Record<string, { post?: { parameters?: { in: string; name: string }[] } }> };
    expect(spec.paths['/api/referrals']?.post?.parameters).toContainEqual(
      expect.objectContaining({ in: 'header', name: 'idempotency-key' }),
    );
  });
});
