// A referral's notices go live only after the change they report has committed: when the other
// side's socket hears of a new referral, a step or a thank-you, a fresh read already finds it. The
// stand-in hub reads the referral while it is told (on PostgreSQL a pool connection sees only what
// is committed; on the embedded database a read during the transaction would wait for it to end).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { referralCreateSchema } from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import { referralEvents, referrals, user } from '../../db/schema/index.ts';
import { notificationsService } from '../notifications/notifications.service.ts';
import { referralTransitionsService } from './referral-transitions.service.ts';
import { referralsService } from './referrals.service.ts';
import type { Listed } from '../../../../test/support/listed-members.ts';
import { referralBody, referralScene } from '../../../../test/support/referrals.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('referrals: notices go live after the commit', (kind) => {
  let app: TestApp;
  let scene: Awaited<ReturnType<typeof referralScene>>;
  /** What the hub saw, each with what a fresh read found at that moment. */
  const heard: { type: string; status: string | null; thanks: number }[] = [];

  const idOf = async (who: Listed) =>
    (await app.database.db.select({ id: user.id }).from(user).where(eq(user.email, who.email)))[0]!.id;
  const actorOf = async (who: Listed) => ({
    kind: 'member' as const,
    userId: await idOf(who),
    email: who.email,
    name: who.name,
    emailVerified: true,
  });

  let services: {
    referrals: ReturnType<typeof referralsService>;
    transitions: ReturnType<typeof referralTransitionsService>;
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    scene = await referralScene(app);
    const { db } = app.database;
    const realtime = {
      isOnline: () => false,
      publish: async (_userIds: string[], event: unknown) => {
        const notice = (event as { type: string; notification?: { link: string } }).notification;
        if (!notice) return;
        const id = notice.link.split('/').at(-1)!;
        const [row] = await db.select({ status: referrals.status }).from(referrals).where(eq(referrals.id, id));
        const events = await db.select().from(referralEvents).where(eq(referralEvents.referralId, id));
        heard.push({
          type: (event as { type: string }).type,
          status: row?.status ?? null,
          thanks: events.filter((row) => row.kind === 'thanks').length,
        });
      },
    };
    const context = { db, config: app.config, log: app.log, realtime };
    const notifications = notificationsService(context as unknown as AppContext);
    const { profiles } = app.services.profiles;
    const referralsDeps = {
      profiles,
      contacts: app.services.contacts.contacts,
      clients: app.services.clients,
      away: app.services.cover.away,
      notifications,
    };
    const made = referralsService(context as unknown as AppContext, referralsDeps);
    services = {
      referrals: made,
      transitions: referralTransitionsService(context as unknown as AppContext, {
        referrals: made,
        notifications,
        sealed: app.services.clients.sealed,
      }),
    };
  });
  afterAll(async () => app?.cleanup());

  it('tells of a new referral, its step and a thank-you only once each is committed', async () => {
    const { maria, chiro, clientId, consentId } = scene;
    const created = await services.referrals.create(
      await actorOf(maria),
      referralCreateSchema.parse(referralBody(clientId, consentId, { toMemberSlug: chiro.slug })),
    );
    expect(heard.at(-1)).toEqual({ type: 'notification', status: 'sent', thanks: 0 });
    await services.transitions.move(await actorOf(chiro), created.referral.id, { to: 'accepted' });
    expect(heard.at(-1)).toEqual({ type: 'notification', status: 'accepted', thanks: 0 });
    await services.transitions.thank(await actorOf(maria), created.referral.id, { message: 'Thank you, Ben' });
    expect(heard.at(-1)).toEqual({ type: 'notification', status: 'accepted', thanks: 1 });
  });
});
