// Sealed clinical text (clients/sealed-text.ts): what is sealed reads back only through `open`,
// which writes the client's access-log row first, so no read of a client's record skips the audit;
// the author's own echo writes none; another key cannot open it.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DecryptionError } from '../src/server/lib/crypto.ts';
import { clientAccessLogRepository } from '../src/server/modules/clients/client-access-log.repository.ts';
import { sealedText } from '../src/server/modules/clients/sealed-text.ts';
import { listMember, type Listed } from './support/listed-members.ts';
import { addClient } from './support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from './support/test-app.ts';

const rowsOf = <T>(result: unknown) => (result as { rows?: T[] }).rows ?? (result as T[]);

describeEachDatabase('sealed clinical text', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let clientId: string;

  const logOf = async () =>
    rowsOf<{ actor_label: string; action: string; referral_id: string | null }>(
      await app.database.db.execute(
        sql`select actor_label, action, referral_id from client_access_log where client_id = ${clientId} order by at, id`,
      ),
    );

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, {
      displayName: 'Maria Alvarez',
      postalCode: '02116',
      country: 'US',
      profession: 'massage-therapist',
    });
    clientId = await addClient(app, maria);
  });
  afterAll(async () => app?.cleanup());

  it('writes the access-log row on every open, before anything is read', async () => {
    const sealed = sealedText(app.config.encryptionKey, clientAccessLogRepository(app.database.db));
    const stored = sealed.seal('Left calf tender and warm');
    expect(stored).not.toContain('calf');
    const before = await logOf();
    const opener = await sealed.open({
      clientId,
      actorUserId: null,
      actorLabel: 'external:anika@physio.example',
      action: 'referral.packet.read',
      referralId: null,
    });
    expect(opener.text(stored)).toBe('Left calf tender and warm');
    expect(opener.json<{ notes: string }>(sealed.sealJson({ notes: 'Weak glutes' }))).toEqual({ notes: 'Weak glutes' });
    await sealed.open({
      clientId,
      actorUserId: null,
      actorLabel: 'external:anika@physio.example',
      action: 'referral.packet.read',
    });
    const after = await logOf();
    expect(after.slice(before.length)).toEqual([
      { actor_label: 'external:anika@physio.example', action: 'referral.packet.read', referral_id: null },
      { actor_label: 'external:anika@physio.example', action: 'referral.packet.read', referral_id: null },
    ]);
  });

  it('writes nothing for the author’s echo of what they wrote', async () => {
    const sealed = sealedText(app.config.encryptionKey, clientAccessLogRepository(app.database.db));
    const before = await logOf();
    expect(sealed.forAuthor().text(sealed.seal('Just written'))).toBe('Just written');
    expect(await logOf()).toEqual(before);
  });

  it('cannot be opened with another key', async () => {
    const stored = sealedText(app.config.encryptionKey, clientAccessLogRepository(app.database.db)).seal(
      'Chronic low back pain',
    );
    const other = sealedText(randomBytes(32), clientAccessLogRepository(app.database.db));
    const opener = await other.open({
      clientId,
      actorUserId: null,
      actorLabel: 'someone with the wrong key',
      action: 'tried to read',
    });
    expect(() => opener.text(stored)).toThrow(DecryptionError);
  });
});
