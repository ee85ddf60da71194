// The key chores: `keys rotate` rewraps every client key under the new ENCRYPTION_KEY, after which
// the old one is no longer needed; `keys reseal` moves legacy v1 values (sealed under the
// installation key, current or previous) to each client's own key, idempotently, the API reading
// the same text — and a legacy value of a destroyed client ends as unreadable as the rest of them.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Client } from '../../../contracts/clients.ts';
import type { Referral } from '../../../contracts/referrals.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { addClient, addConsent, call, refer, referralBody, referralScene } from '../../../../test/support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { DecryptionError, encryptText } from '../../lib/crypto.ts';
import { clientAccessLogRepository } from './client-access-log.repository.ts';
import { clientKeyRing } from './client-keys.ts';
import { resealLegacyValues, rotateClientKeys } from './client-keys.maintenance.ts';
import { sealedText, ShreddedError } from './sealed-text.ts';

const rowsOf = <T>(result: unknown) => (result as { rows?: T[] }).rows ?? (result as T[]);
const newKey = Buffer.alloc(32, 9);
const oldInstallationKey = Buffer.alloc(32, 5);

describeEachDatabase('client keys: rotate and reseal', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let chiro: Listed;
  const one = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await app.database.db.execute(query))[0]!;

  beforeAll(async () => {
    app = await createTestApp(kind);
    ({ maria, chiro } = await referralScene(app));
  });
  afterAll(async () => app?.cleanup());

  it('rotate rewraps every key under the new key; values then open with the new key alone', async () => {
    const clientId = await addClient(app, maria, 'Rotated Client');
    const { db } = app.database;
    const current = app.config.encryptionKey;
    expect(
      (await rotateClientKeys(db, { installationKey: newKey, previousKeys: [current] })).rewrapped,
    ).toBeGreaterThan(0);
    expect((await rotateClientKeys(db, { installationKey: newKey, previousKeys: [current] })).rewrapped).toBe(0);

    const { notes_enc } = await one<{ notes_enc: string }>(sql`select notes_enc from clients where id = ${clientId}`);
    const onlyNew = sealedText(newKey, clientKeyRing(db, newKey), clientAccessLogRepository(db));
    expect((await onlyNew.forAuthor([clientId])).text(notes_enc)).toContain('low back pain');
    // A legacy value under the old installation key still opens while the old key is a previous one.
    const withPrevious = sealedText(newKey, clientKeyRing(db, newKey), clientAccessLogRepository(db), [current]);
    expect((await withPrevious.forAuthor([])).text(encryptText(current, 'from before'))).toBe('from before');
    await expect(onlyNew.forAuthor([]).then((opener) => opener.text(encryptText(current, 'x')))).rejects.toThrow(
      DecryptionError,
    );
    // The old key alone no longer unwraps it.
    await expect(clientKeyRing(db, current).find(clientId)).rejects.toThrow(DecryptionError);
    // Back, so the rest of the suite's app (which holds the old key) keeps working.
    await rotateClientKeys(db, { installationKey: current, previousKeys: [newKey] });
  });

  it('reseal moves v1 values to the client’s own key, once; the API reads the same text', async () => {
    const { db } = app.database;
    const key = app.config.encryptionKey;
    const clientId = await addClient(app, maria, 'Legacy Client');
    const consentId = await addConsent(app, maria, clientId);
    const sent = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    // As written before per-client keys: under the installation key (one value under the previous one).
    await db.execute(
      sql`update clients set notes_enc = ${encryptText(key, 'Legacy note: left hip')}, phone_enc = ${encryptText(oldInstallationKey, '555-000-1111')} where id = ${clientId}`,
    );
    await db.execute(
      sql`update client_consents set note_enc = ${encryptText(key, 'Signed on paper')} where id = ${consentId}`,
    );
    await db.execute(
      sql`update referrals set reason_clinical_enc = ${encryptText(key, 'Legacy reason')} where id = ${sent.id}`,
    );
    await db.execute(
      sql`update referral_events set note_enc = ${encryptText(key, 'Legacy event note')} where referral_id = ${sent.id}`,
    );

    const result = await resealLegacyValues(db, {
      installationKey: key,
      previousKeys: [oldInstallationKey],
      batchSize: 2,
    });
    expect(result.resealed).toMatchObject({ clients: 1, client_consents: 1, referrals: 1 });
    expect(result.resealed.referral_events).toBeGreaterThanOrEqual(1);
    const stored = await one<{ notes_enc: string; phone_enc: string }>(
      sql`select notes_enc, phone_enc from clients where id = ${clientId}`,
    );
    expect(stored.notes_enc.startsWith(`c1:${clientId}:`)).toBe(true);
    expect(stored.phone_enc.startsWith(`c1:${clientId}:`)).toBe(true);
    const legacyLeft = await one<{ n: number }>(
      sql`select count(*)::int as n from referrals where id = ${sent.id} and reason_clinical_enc like 'v1:%'`,
    );
    expect(legacyLeft.n).toBe(0);

    const again = await resealLegacyValues(db, { installationKey: key, previousKeys: [oldInstallationKey] });
    expect(again.resealed).toEqual({ clients: 0, client_consents: 0, referrals: 0, referral_events: 0 });

    const client = (await call(app, maria, 'GET', `/api/clients/${clientId}`)).json<Client>();
    expect(client).toMatchObject({ notes: 'Legacy note: left hip', phone: '555-000-1111' });
    const referral = (await call(app, maria, 'GET', `/api/referrals/${sent.id}`)).json<Referral>();
    expect(referral.reasonClinical).toBe('Legacy reason');
    expect(referral.timeline[0]!.note).toBe('Legacy event note');
  });

  it('reseal shreds a destroyed client’s legacy values left in referrals', async () => {
    const { db } = app.database;
    const key = app.config.encryptionKey;
    const clientId = await addClient(app, maria, 'Gone Client');
    const consentId = await addConsent(app, maria, clientId);
    const sent = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    await db.execute(
      sql`update referrals set reason_clinical_enc = ${encryptText(key, 'Old reason')} where id = ${sent.id}`,
    );
    expect((await call(app, maria, 'DELETE', `/api/clients/${clientId}`)).statusCode).toBe(200);

    const result = await resealLegacyValues(db, { installationKey: key, previousKeys: [] });
    expect(result.resealed.referrals).toBe(1);
    expect(result.shreddedRows).toBeGreaterThanOrEqual(1);
    const { reason_clinical_enc } = await one<{ reason_clinical_enc: string }>(
      sql`select reason_clinical_enc from referrals where id = ${sent.id}`,
    );
    expect(reason_clinical_enc.startsWith(`c1:${clientId}:`)).toBe(true);
    await expect(
      app.services.clients.sealed.forAuthor([clientId]).then((opener) => opener.text(reason_clinical_enc)),
    ).rejects.toThrow(ShreddedError);
  });
});
