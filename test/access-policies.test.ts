// Each module's access policy (definePolicy): for every permission, the owner gets the record and a
// stranger gets exactly the module's not-found error — the same as for a record that does not
// exist — and a stranger's attempt at every write leaves the record as it was.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyActor, MemberActor } from '../src/server/access/actor.ts';
import { newCertificateCode } from '../src/server/lib/certificate-code.ts';
import { clientsPolicy } from '../src/server/modules/clients/clients.policy.ts';
import { clientsRepository } from '../src/server/modules/clients/clients.repository.ts';
import { contactsPolicy } from '../src/server/modules/contacts/contacts.policy.ts';
import { contactsRepository } from '../src/server/modules/contacts/contacts.repository.ts';
import { lettersPolicy } from '../src/server/modules/letters/letters.policy.ts';
import { lettersRepository } from '../src/server/modules/letters/letters.repository.ts';
import { certificatesPolicy, offersPolicy } from '../src/server/modules/offers/offers.policy.ts';
import { certificatesRepository } from '../src/server/modules/offers/certificates.repository.ts';
import { offersRepository } from '../src/server/modules/offers/offers.repository.ts';
import { referralsPolicy } from '../src/server/modules/referrals/referrals.policy.ts';
import { referralsRepository } from '../src/server/modules/referrals/referrals.repository.ts';
import type { Listed } from './support/listed-members.ts';
import { asMember } from './support/members.ts';
import { addContact, createOffer, issueTo, userIdOf } from './support/offers.ts';
import { refer, referralBody, referralScene } from './support/referrals.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from './support/test-app.ts';

type AnyPolicy = {
  permissions: string[];
  notFoundMessage: string;
  requireAccess: (actor: AnyActor, permission: never, id: string) => Promise<unknown>;
};
type Case = {
  policy: AnyPolicy;
  id: string;
  missing: string;
  table: string;
  key: string;
  writes: { method: 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object }[];
};

const rowsOf = <T>(result: unknown) => (result as { rows?: T[] }).rows ?? (result as T[]);

describeEachDatabase('access policies: the owner, and nobody else, for every permission', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let owner: MemberActor;
  let stranger: MemberActor;
  const cases: Record<string, Case> = {};

  const actorOf = async (who: Listed): Promise<MemberActor> => ({
    kind: 'member',
    userId: await userIdOf(app, who.cookie),
    email: who.email,
    name: who.name,
    emailVerified: true,
  });
  const entry = (
    policy: unknown,
    id: string,
    missing: string,
    table: string,
    writes: Case['writes'],
    key = 'id',
  ): Case => ({ policy: policy as AnyPolicy, id, missing, table, key, writes });
  const rowOf = async ({ table, key, id }: Case) =>
    JSON.stringify(
      rowsOf(
        await app.database.db.execute(sql`select * from ${sql.identifier(table)} where ${sql.identifier(key)} = ${id}`),
      ),
    );

  beforeAll(async () => {
    app = await createTestApp(kind);
    const scene = await referralScene(app);
    ({ maria, sam } = scene);
    [owner, stranger] = [await actorOf(maria), await actorOf(sam)];
    const db = app.database.db;
    const contactId = await addContact(app, maria, { name: 'Dr. Anika Patel', email: 'anika@physio.example' });
    const letter = await app.inject({
      method: 'POST',
      url: '/api/letters',
      headers: asMember(maria.cookie),
      payload: { contactId },
    });
    expect(letter.statusCode, letter.body).toBe(201);
    const offer = await createOffer(app, maria, { maxIssued: 5 });
    const certificate = await issueTo(app, maria, offer.id, { contactId });
    const referral = await refer(
      app,
      maria,
      referralBody(scene.clientId, scene.consentId, { toMemberSlug: scene.chiro.slug }),
    );
    const missing = crypto.randomUUID();
    cases.clients = entry(clientsPolicy(clientsRepository(db)), scene.clientId, missing, 'clients', [
      { method: 'PATCH', url: `/api/clients/${scene.clientId}`, payload: { notes: 'Overwritten', archived: true } },
      {
        method: 'POST',
        url: `/api/clients/${scene.clientId}/consents`,
        payload: { scope: ['identity'], sharedWith: { kind: 'any-referral' }, method: 'written' },
      },
      {
        method: 'POST',
        url: `/api/clients/${scene.clientId}/consents/${scene.consentId}/withdraw`,
        payload: { reason: 'No' },
      },
    ]);
    cases.contacts = entry(contactsPolicy(contactsRepository(db)), contactId, missing, 'contacts', [
      { method: 'PATCH', url: `/api/contacts/${contactId}`, payload: { name: 'Hijacked', stage: 'allied' } },
      {
        method: 'POST',
        url: `/api/contacts/${contactId}/interactions`,
        payload: { channel: 'phone', summary: 'Not mine', followUpOn: '2030-01-01' },
      },
      { method: 'DELETE', url: `/api/contacts/${contactId}` },
    ]);
    const letterId = letter.json<{ id: string }>().id;
    cases.letters = entry(lettersPolicy(lettersRepository(db)), letterId, missing, 'letters', [
      { method: 'PATCH', url: `/api/letters/${letterId}`, payload: { subject: 'Hijacked' } },
      { method: 'POST', url: `/api/letters/${letterId}/delivered`, payload: { channel: 'letter' } },
      { method: 'POST', url: `/api/letters/${letterId}/send`, payload: {} },
      { method: 'DELETE', url: `/api/letters/${letterId}` },
    ]);
    cases.offers = entry(offersPolicy(offersRepository(db)), offer.id, missing, 'offers', [
      { method: 'PATCH', url: `/api/offers/${offer.id}`, payload: { title: 'Hijacked', archived: true } },
      { method: 'POST', url: `/api/offers/${offer.id}/certificates`, payload: { memberSlug: maria.slug } },
      { method: 'DELETE', url: `/api/offers/${offer.id}` },
    ]);
    cases.certificates = entry(
      certificatesPolicy(certificatesRepository(db)),
      certificate.code,
      newCertificateCode(),
      'certificates',
      ['send', 'redeem', 'void'].map((verb) => ({
        method: 'POST' as const,
        url: `/api/certificates/${certificate.code}/${verb}`,
        payload: verb === 'redeem' ? { identityConfirmed: true } : verb === 'void' ? { reason: 'Not mine' } : {},
      })),
      'code',
    );
    cases.referrals = entry(referralsPolicy(referralsRepository(db)), referral.id, missing, 'referrals', [
      { method: 'POST', url: `/api/referrals/${referral.id}/transitions`, payload: { to: 'accepted' } },
      { method: 'POST', url: `/api/referrals/${referral.id}/transitions`, payload: { to: 'returned' } },
      { method: 'POST', url: `/api/referrals/${referral.id}/thanks`, payload: { message: 'Not mine' } },
      { method: 'POST', url: `/api/referrals/${referral.id}/link` },
    ]);
  });
  afterAll(async () => app?.cleanup());

  for (const name of ['clients', 'contacts', 'letters', 'offers', 'certificates', 'referrals']) {
    describe(name, () => {
      it('gives the owner the record for every permission, and a stranger the module’s 404 — the same as for no record', async () => {
        const { policy, id, missing } = cases[name]!;
        expect(policy.permissions.length).toBeGreaterThan(0);
        for (const permission of policy.permissions) {
          // A referral to a member has no emailed link, so nobody may manage one (that rule is the
          // link's own, shown by the referral-links tests); every other permission is the owner's.
          // `clients.portal` is the client's own way in (the portal): not the therapist's.
          if (permission === 'referrals.manage-link' || permission === 'clients.portal')
            await expect(policy.requireAccess(owner, permission as never, id), permission).rejects.toMatchObject({
              code: 'not_found',
            });
          else await expect(policy.requireAccess(owner, permission as never, id), permission).resolves.toBeTruthy();
          const refused = await policy
            .requireAccess(stranger, permission as never, id)
            .catch((error: unknown) => error);
          const nothing = await policy
            .requireAccess(stranger, permission as never, missing)
            .catch((error: unknown) => error);
          expect(refused, permission).toMatchObject({ code: 'not_found', message: policy.notFoundMessage });
          expect(nothing, permission).toMatchObject({ code: 'not_found', message: policy.notFoundMessage });
        }
      });

      it('leaves the record unchanged after a stranger tries every write', async () => {
        const target = cases[name]!;
        const before = await rowOf(target);
        for (const write of target.writes) {
          const response = await app.inject({
            ...write,
            headers: write.payload ? asMember(sam.cookie) : { cookie: sam.cookie, origin },
          });
          expect(response.statusCode, `${write.method} ${write.url}: ${response.body}`).toBe(404);
        }
        expect(await rowOf(target)).toBe(before);
      });
    });
  }

  it('lets a client in the portal reach only their own record, and only by clients.portal', async () => {
    const policy = cases.clients!.policy;
    const client = (clientId: string): AnyActor => ({
      kind: 'client',
      accountId: crypto.randomUUID(),
      email: 'client@example.com',
      records: [{ clientId, memberUserId: owner.userId }],
    });
    const mine = client(cases.clients!.id);
    await expect(policy.requireAccess(mine, 'clients.portal' as never, cases.clients!.id)).resolves.toBeTruthy();
    for (const permission of ['clients.read', 'clients.write'])
      await expect(
        policy.requireAccess(mine, permission as never, cases.clients!.id),
        permission,
      ).rejects.toMatchObject({
        code: 'not_found',
        message: policy.notFoundMessage,
      });
    // Another client's account never opens this record.
    await expect(
      policy.requireAccess(client(crypto.randomUUID()), 'clients.portal' as never, cases.clients!.id),
    ).rejects.toMatchObject({ code: 'not_found', message: policy.notFoundMessage });
  });

  it('lets the holder of a referral’s link reach only that referral, and only one sent to someone without an account', async () => {
    const policy = cases.referrals!.policy;
    const holder = (id: string): AnyActor => ({
      kind: 'link-holder',
      linkId: crypto.randomUUID(),
      subject: { type: 'referral', id },
    });
    // This referral went to a member: a link names no one here.
    await expect(
      policy.requireAccess(holder(cases.referrals!.id), 'referrals.read' as never, cases.referrals!.id),
    ).rejects.toMatchObject({ code: 'not_found' });
    // A link for one referral never opens another.
    await expect(
      policy.requireAccess(holder(crypto.randomUUID()), 'referrals.read' as never, cases.referrals!.id),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
