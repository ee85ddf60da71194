// Referring a client member to member: the closed loop end to end, consent checks, the packet
// hidden after withdrawal, impossible and racing transitions, the audit trail, encryption at rest.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../../contracts/notifications.ts';
import type { Referral, ReferralList } from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import { sendReferralReminders } from './referral-reminders.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import {
  reminderDeps,
  addConsent,
  call,
  move,
  refer,
  referralBody,
  referralScene,
} from '../../../../test/support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';
import { readPdf } from '../../../../test/support/pdf.ts';

const rowsOf = <T>(result: unknown) => (result as { rows?: T[] }).rows ?? (result as T[]);

describeEachDatabase('referrals between members', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let chiro: Listed;
  let sam: Listed;
  let clientId: string;
  let consentId: string;

  const notificationsOf = async (who: Listed) =>
    (await call(app, who, 'GET', '/api/notifications')).json<{ items: Notification[] }>().items;

  beforeAll(async () => {
    app = await createTestApp(kind);
    ({ maria, chiro, sam, clientId, consentId } = await referralScene(app));
  });
  afterAll(async () => app?.cleanup());

  it('goes sent → accepted → scheduled → seen → replied → returned, each step on the timeline and told to the other side', async () => {
    const sent = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    expect(sent).toMatchObject({
      status: 'sent',
      side: 'referrer',
      urgency: 'soon',
      to: { kind: 'member', slug: chiro.slug },
      clientName: 'Jordan Lee',
    });
    expect((await notificationsOf(chiro)).some((n) => n.kind === 'referral.received' && n.link.endsWith(sent.id))).toBe(
      true,
    );

    const inbox = (await call(app, chiro, 'GET', '/api/referrals?box=inbox')).json<ReferralList>();
    expect(inbox.items.map((item) => item.id)).toContain(sent.id);
    const seenByChiro = (await call(app, chiro, 'GET', `/api/referrals/${sent.id}`)).json<Referral>();
    expect(seenByChiro).toMatchObject({
      side: 'recipient',
      clientName: 'Jordan Lee',
      reasonPlain: expect.stringContaining('stiff joint') as string,
      allowedTransitions: ['accepted', 'declined'],
    });
    expect(seenByChiro.packet).toMatchObject({
      state: 'active',
      data: { identity: { name: 'Jordan Lee', dateOfBirth: '1984-05-06' } },
    });
    expect(seenByChiro.packet.data).not.toHaveProperty('history');

    for (const step of [
      { to: 'accepted', note: 'Happy to see them this week.' },
      { to: 'scheduled', appointmentAt: '2026-12-02T15:30:00Z' },
      { to: 'seen' },
      {
        to: 'replied',
        findings: 'Mild facet restriction at L4-L5, adjusted.',
        recommendations: 'Gentle massage, avoid deep lumbar work for 2 weeks.',
        okToResumeMassage: 'with-precautions',
      },
    ]) {
      const response = await move(app, chiro, sent.id, step);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<Referral>().status).toBe(step.to);
    }
    const replied = (await call(app, maria, 'GET', `/api/referrals/${sent.id}`)).json<Referral>();
    expect(replied.outcome).toEqual({
      findings: 'Mild facet restriction at L4-L5, adjusted.',
      recommendations: 'Gentle massage, avoid deep lumbar work for 2 weeks.',
      okToResumeMassage: 'with-precautions',
    });
    expect(replied.allowedTransitions).toEqual(['returned']);
    expect((await notificationsOf(maria)).map((n) => n.kind)).toEqual(
      expect.arrayContaining(['referral.accepted', 'referral.scheduled', 'referral.seen', 'referral.replied']),
    );

    const returned = await move(app, maria, sent.id, { to: 'returned' });
    expect(returned.json<Referral>().status).toBe('returned');
    const thanks = await call(app, chiro, 'POST', `/api/referrals/${sent.id}/thanks`, {
      message: 'Thank you for thinking of me!',
    });
    expect(thanks.statusCode).toBe(200);
    const final = (await call(app, maria, 'GET', `/api/referrals/${sent.id}`)).json<Referral>();
    expect(final.timeline.map((event) => event.kind)).toEqual([
      'sent',
      'accepted',
      'scheduled',
      'seen',
      'replied',
      'returned',
      'thanks',
    ]);
    expect(final.timeline.find((event) => event.kind === 'thanks')).toMatchObject({
      actor: 'Dr. Ben Carter',
      note: 'Thank you for thinking of me!',
    });
    expect((await notificationsOf(chiro)).some((n) => n.kind === 'referral.returned')).toBe(true);
    expect((await notificationsOf(maria)).some((n) => n.kind === 'referral.thanks')).toBe(true);

    const letter = await call(app, maria, 'GET', `/api/referrals/${sent.id}/letter.pdf`);
    expect(letter.headers['content-type']).toBe('application/pdf');
    const letterText = (await readPdf(letter.rawPayload)).text;
    expect(letterText).toContain('Suspected L4-L5 facet joint restriction');
    expect(letterText).toContain('A stiff joint in your lower back');
    expect(letterText).toContain('SOON');
    const outcome = await call(app, chiro, 'GET', `/api/referrals/${sent.id}/outcome.pdf`);
    expect(outcome.statusCode).toBe(200);
    expect((await readPdf(outcome.rawPayload)).text).toContain('Yes, with precautions');
  });

  it('refuses a referral without a consent that covers the recipient, naming consentId, and stores nothing', async () => {
    const onlyPhysio = await addConsent(app, maria, clientId, {
      sharedWith: { kind: 'profession', profession: 'physiotherapist' },
    });
    const before = (await call(app, maria, 'GET', '/api/referrals?box=outbox')).json<ReferralList>().total;
    for (const id of [onlyPhysio, crypto.randomUUID()]) {
      const response = await call(
        app,
        maria,
        'POST',
        '/api/referrals',
        referralBody(clientId, id, { toMemberSlug: chiro.slug }),
      );
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('consentId');
    }
    expect((await call(app, maria, 'GET', '/api/referrals?box=outbox')).json<ReferralList>().total).toBe(before);
  });

  it('stops showing the packet to the recipient once the client withdraws consent', async () => {
    const consent = await addConsent(app, maria, clientId, { sharedWith: { kind: 'member', profileSlug: chiro.slug } });
    const sent = await refer(app, maria, referralBody(clientId, consent, { toMemberSlug: chiro.slug }));
    expect((await call(app, chiro, 'GET', `/api/referrals/${sent.id}`)).json<Referral>().packet.state).toBe('active');
    const withdrawn = await call(app, maria, 'POST', `/api/clients/${clientId}/consents/${consent}/withdraw`, {
      reason: 'Client asked',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const after = (await call(app, chiro, 'GET', `/api/referrals/${sent.id}`)).json<Referral>();
    expect(after.packet).toEqual({ state: 'withdrawn', share: ['identity', 'observations'], data: null });
    expect(after.clientName).toBeNull();
    expect(JSON.stringify(after)).not.toContain('1984-05-06');
  });

  it('answers 409 to an impossible step or the wrong side, and lets only one of two racing accepts through', async () => {
    const sent = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    expect((await move(app, chiro, sent.id, { to: 'seen' })).statusCode).toBe(409);
    expect((await move(app, maria, sent.id, { to: 'accepted' })).statusCode).toBe(409);
    expect((await move(app, maria, sent.id, { to: 'returned' })).statusCode).toBe(409);
    expect((await call(app, maria, 'GET', `/api/referrals/${sent.id}/outcome.pdf`)).statusCode).toBe(409);
    const decline = await move(app, chiro, sent.id, { to: 'declined' });
    expect(decline.statusCode).toBe(400);
    expect(decline.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('reason');

    const results = await Promise.all(Array.from({ length: 6 }, () => move(app, chiro, sent.id, { to: 'accepted' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const after = (await call(app, maria, 'GET', `/api/referrals/${sent.id}`)).json<Referral>();
    expect(after.timeline.filter((event) => event.kind === 'accepted')).toHaveLength(1);
    expect((await move(app, chiro, sent.id, { to: 'declined', reason: 'Too late' })).statusCode).toBe(409);
  });

  it('writes an audit row for every read of the packet, naming the reader', async () => {
    const sent = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    await call(app, chiro, 'GET', `/api/referrals/${sent.id}`);
    await call(app, chiro, 'GET', `/api/referrals/${sent.id}`);
    const rows = rowsOf<{ actor_label: string; actor_user_id: string | null }>(
      await app.database.db.execute(
        sql`select actor_label, actor_user_id from client_access_log where referral_id = ${sent.id}`,
      ),
    );
    expect(rows.filter((row) => row.actor_label === 'Dr. Ben Carter')).toHaveLength(2);
  });

  it('keeps the client and every clinical word encrypted at rest', async () => {
    const sent = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: chiro.slug }));
    await move(app, chiro, sent.id, { to: 'declined', reason: 'Not taking patients with facet pain this month' });
    const raw = JSON.stringify(
      rowsOf(
        await app.database.db.execute(
          sql`select r.*, e.note_enc from referrals r join referral_events e on e.referral_id = r.id where r.id = ${sent.id}`,
        ),
      ),
    );
    for (const secret of [
      'Jordan',
      'facet',
      'stiff joint',
      'myofascial',
      'neurological',
      '1984-05-06',
      'patients with facet',
    ])
      expect(raw).not.toContain(secret);
    expect(raw).toContain('c1:');
  });

  it('filters the inbox by status and urgency and pages it', async () => {
    await refer(app, maria, { ...referralBody(clientId, consentId, { toMemberSlug: chiro.slug }), urgency: 'urgent' });
    const urgent = (await call(app, chiro, 'GET', '/api/referrals?box=inbox&urgency=urgent')).json<ReferralList>();
    expect(urgent.items.length).toBeGreaterThan(0);
    expect(urgent.items.every((item) => item.urgency === 'urgent')).toBe(true);
    const declined = (await call(app, chiro, 'GET', '/api/referrals?box=inbox&status=declined')).json<ReferralList>();
    expect(declined.items.every((item) => item.status === 'declined')).toBe(true);
    const paged = (await call(app, chiro, 'GET', '/api/referrals?box=inbox&pageSize=2&page=2')).json<ReferralList>();
    expect(paged.items).toHaveLength(2);
    expect((await call(app, sam, 'GET', '/api/referrals?box=inbox')).json<ReferralList>().total).toBe(0);
    // The referrer's outbox names the client; the recipient's inbox list does not.
    expect((await call(app, maria, 'GET', '/api/referrals?box=outbox')).json<ReferralList>().items[0]).toMatchObject({
      clientName: 'Jordan Lee',
      side: 'referrer',
    });
    expect(urgent.items[0]).toMatchObject({ clientName: null, side: 'recipient' });
    expect((await call(app, chiro, 'GET', '/api/referrals?box=sideways')).statusCode).toBe(400);
  });

  describe('reminders', () => {
    it('reminds the recipient and tells the sender once, after three days unanswered', async () => {
      const sent = await refer(app, maria, referralBody(clientId, consentId, { toMemberSlug: sam.slug }));
      const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
      const inFourDays = new Date(Date.now() + 4 * 86_400_000);
      // The reminder sweep needs only the database (no real-time hub in tests).
      const context = { db: app.database.db, config: app.config } as unknown as AppContext;
      await sendReferralReminders(context, reminderDeps(app), inTwoDays);
      expect((await notificationsOf(sam)).some((n) => n.kind === 'referral.reminder')).toBe(false);
      await Promise.all([
        sendReferralReminders(context, reminderDeps(app), inFourDays),
        sendReferralReminders(context, reminderDeps(app), inFourDays),
      ]);
      await sendReferralReminders(context, reminderDeps(app), inFourDays);
      expect(
        (await notificationsOf(sam)).filter((n) => n.kind === 'referral.reminder' && n.link.endsWith(sent.id)),
      ).toHaveLength(1);
      expect(
        (await notificationsOf(maria)).filter((n) => n.kind === 'referral.unanswered' && n.link.endsWith(sent.id)),
      ).toHaveLength(1);
    });
  });
});
