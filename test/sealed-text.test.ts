// Sealed clinical text (clients/sealed-text.ts): what is sealed reads back only through `open`,
// which writes the client's access-log row first, so no read of a client's record skips the audit;
// the author's own echo writes none; another key cannot open it.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DecryptionError, encryptText } from '../src/server/lib/crypto.ts';
import { clientAccessLogRepository } from '../src/server/modules/clients/client-access-log.repository.ts';
import { clientKeyRing } from '../src/server/modules/clients/client-keys.ts';
import { ShreddedError, sealedText } from '../src/server/modules/clients/sealed-text.ts';
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

  const sealedWith = (key: Buffer) =>
    sealedText(key, clientKeyRing(app.database.db, key), clientAccessLogRepository(app.database.db));

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
    const sealed = sealedWith(app.config.encryptionKey);
    const sealer = await sealed.forClient(clientId);
    const stored = sealer.seal('Left calf tender and warm');
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
    expect(opener.json<{ notes: string }>(sealer.sealJson({ notes: 'Weak glutes' }))).toEqual({ notes: 'Weak glutes' });
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
    const sealed = sealedWith(app.config.encryptionKey);
    const before = await logOf();
    const stored = (await sealed.forClient(clientId)).seal('Just written');
    expect((await sealed.forAuthor([clientId])).text(stored)).toBe('Just written');
    expect(await logOf()).toEqual(before);
  });

  it('cannot be opened with another key', async () => {
    const stored = (await sealedWith(app.config.encryptionKey).forClient(clientId)).seal('Chronic low back pain');
    // With another installation key the client's own key does not unwrap, so nothing opens.
    const other = sealedWith(randomBytes(32));
    await expect(
      other.open({ clientId, actorUserId: null, actorLabel: 'someone with the wrong key', action: 'tried to read' }),
    ).rejects.toThrow(DecryptionError);
    // And a value under the installation key (sealed before per-client keys) needs that key.
    const legacy = encryptText(app.config.encryptionKey, 'Chronic low back pain');
    expect((await sealedWith(app.config.encryptionKey).forAuthor([])).text(legacy)).toBe('Chronic low back pain');
    expect(stored).not.toContain('Chronic');
  });

  it('seals each client under their own key, named in the value, and nothing opens it once the key is gone', async () => {
    const sealed = sealedWith(app.config.encryptionKey);
    const second = await addClient(app, maria);
    const mine = (await sealed.forClient(clientId)).seal('Sciatica, left');
    const theirs = (await sealed.forClient(second)).seal('Tension headaches');
    expect(mine.startsWith(`c1:${clientId}:`)).toBe(true);
    expect((await sealed.forAuthor([clientId])).text(mine)).toBe('Sciatica, left');
    // An opener for one client cannot open another client's value.
    const onlyMine = await sealed.forAuthor([clientId]);
    expect(() => onlyMine.text(theirs)).toThrow(DecryptionError);
    // Destroying the key (as deleting the client does) leaves the value unreadable, even here.
    await app.database.db.execute(sql`delete from client_keys where client_id = ${second}`);
    const fresh = sealedWith(app.config.encryptionKey);
    const afterShred = await fresh.forAuthor([second]);
    expect(() => afterShred.text(theirs)).toThrow(ShreddedError);
  });

  it('rotates the installation key by rewrapping client keys, leaving sealed values as they were', async () => {
    const oldKey = app.config.encryptionKey;
    const stored = (await sealedWith(oldKey).forClient(clientId)).seal('Plantar fasciitis');
    const newKey = randomBytes(32);
    const rotated = clientKeyRing(app.database.db, newKey, [oldKey]);
    expect(await rotated.rewrapAll()).toBeGreaterThanOrEqual(1);
    expect(await rotated.rewrapAll()).toBe(0);
    const afterRotation = sealedText(
      newKey,
      clientKeyRing(app.database.db, newKey),
      clientAccessLogRepository(app.database.db),
    );
    expect((await afterRotation.forAuthor([clientId])).text(stored)).toBe('Plantar fasciitis');
    // The old key alone no longer opens the client's key.
    await expect(clientKeyRing(app.database.db, oldKey).find(clientId)).rejects.toThrow(DecryptionError);
    // Put the installation's key back for the rest of the file's app.
    await clientKeyRing(app.database.db, oldKey, [newKey]).rewrapAll();
  });
});
