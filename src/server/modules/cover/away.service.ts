// Cover when away: a member declares a period (ill, vacation, leave) and invites colleagues to
// cover; each colleague accepts or declines their own invitation. While the period runs, the
// profile and directory show a notice and referrals go to the accepted covers (the referrals
// domain asks coverFor). Running or not is derived from the dates, so the period ends by itself.
import type { AwayCreate, AwayPeriod } from '../../../contracts/cover.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, invalid } from '../../http/errors.ts';
import type { NetworkService } from '../network/network.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { awayPolicy, invitationPolicy } from './cover.policy.ts';
import { awayRepository, type AwayRow, type CoverStatus } from './away.repository.ts';
import { withCards } from './covering-cards.ts';
import { awayDays, daysAnywhere, spanOf } from './away-days.ts';
import { calendarDay, daysBetween } from '../../lib/time.ts';

export function awayState(row: Pick<AwayRow, 'startsOn' | 'endsOn' | 'endedAt'>, today: string): AwayPeriod['state'] {
  if (row.endedAt || row.endsOn < today) return 'over';
  return row.startsOn > today ? 'upcoming' : 'running';
}

/** The period's last day: its end date, or the day (on the away member's clock, `zone`) it was ended early if that came first. */
export function lastDayOf(row: Pick<AwayRow, 'endsOn' | 'endedAt'>, zone: string | null) {
  const endedOn = row.endedAt ? calendarDay(zone, new Date(row.endedAt)) : row.endsOn;
  return endedOn < row.endsOn ? endedOn : row.endsOn;
}

const maxDays = 366;

export type AwayDeps = {
  profiles: Pick<ProfilesService, 'requireVisibleMember' | 'memberCards' | 'timeZones'>;
  network: Pick<NetworkService, 'referralsRedirected'>;
  notifications: Pick<NotificationsService, 'transaction'>;
};

export function awayService(context: AppContext, { profiles, network, notifications }: AwayDeps) {
  const repo = awayRepository(context.db);
  const periods = awayPolicy(repo);
  const invitations = invitationPolicy(repo);
  const days = awayDays(profiles);

  async function present(rows: AwayRow[], today: string): Promise<AwayPeriod[]> {
    const found = await repo.findCovers(rows.map((row) => row.id));
    const covers = withCards(found, await profiles.memberCards(found.map((cover) => cover.coverUserId)));
    return rows.map((row) => ({
      id: row.id,
      reason: row.reason as AwayPeriod['reason'],
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      message: row.message,
      state: awayState(row, today),
      endedEarlyAt: row.endedAt ? new Date(row.endedAt).toISOString() : null,
      covers: covers
        .filter((cover) => cover.awayId === row.id)
        .map((cover) => ({
          id: cover.id,
          member: cover.member,
          status: cover.status as CoverStatus,
          respondedAt: cover.respondedAt ? new Date(cover.respondedAt).toISOString() : null,
        })),
    }));
  }

  async function respond(actor: Actor, awayId: string, coverId: string, to: 'accepted' | 'declined') {
    // A colleague may step back after accepting; accepting twice is one acceptance.
    const from: CoverStatus[] = to === 'accepted' ? ['invited', 'declined'] : ['invited', 'accepted'];
    const invitation = invitations.check(actor, 'cover.answer', await repo.findCoverOf(actor.userId, awayId, coverId));
    // Over or not on the away member's calendar.
    const today = await days.today(invitation.awayUserId);
    // The answer, the away member's notice and the read mark on the invitation commit together.
    await notifications.transaction(async (tx, notices) => {
      const inTx = awayRepository(tx);
      const changed = await inTx.respond(actor.userId, awayId, coverId, to, from, today);
      if (!changed) {
        const cover = invitations.check(actor, 'cover.answer', await inTx.findCoverOf(actor.userId, awayId, coverId));
        if (cover.status === to) throw conflict(`You have already ${to} this invitation`, `already_${to}`);
        throw conflict('The away period is over', 'period_over');
      }
      const period = (await inTx.findInvitations(actor.userId)).find((row) => row.coverId === coverId)!;
      const subject = { type: 'away', id: awayId } as const;
      await notices.notify({
        userId: period.away.userId,
        kind: `away.cover-${to}`,
        actor: actor.name,
        subject,
        facts: { from: period.away.startsOn, to: period.away.endsOn },
      });
      await notices.actedOn(actor.userId, subject);
    });
    return { coverId, status: to };
  }

  return {
    /**
     * Whom to send the member's referrals to: their running period's accepted covers (possibly
     * none yet), or null when they are not away today.
     */
    async coverFor(
      userId: string,
      now = new Date(),
    ): Promise<{ awayId: string; coverUserIds: string[]; until: string } | null> {
      const [running] = await days.running(await repo.findRunning([userId], daysAnywhere(now)), now);
      if (!running) return null;
      const covers = await repo.findCovers([running.id], 'accepted');
      return { awayId: running.id, coverUserIds: covers.map((cover) => cover.coverUserId), until: running.endsOn };
    },

    /** Which of these members are away today (on their own calendar). */
    async awayUserIds(userIds: string[], now = new Date()): Promise<Set<string>> {
      const running = await days.running(await repo.findRunning([...new Set(userIds)], daysAnywhere(now)), now);
      return new Set(running.map((row) => row.userId));
    },

    async list(actor: Pick<Actor, 'userId'>, now = new Date()) {
      const invitations = await repo.findInvitations(actor.userId);
      const awayUserIds = invitations.map((row) => row.away.userId);
      const [awayMembers, zoneOf] = await Promise.all([profiles.memberCards(awayUserIds), days.zonesOf(awayUserIds)]);
      // Each invitation is read on its away member's calendar.
      const theirDay = (row: (typeof invitations)[number]) => calendarDay(zoneOf(row.away.userId), now);
      const redirectedFrom = async (row: (typeof invitations)[number]) => {
        const { status, away } = row;
        if (status !== 'accepted' || away.startsOn > theirDay(row)) return 0;
        const zone = zoneOf(away.userId);
        const { since, until } = spanOf(away.startsOn, lastDayOf(away, zone), zone);
        return network.referralsRedirected(away.userId, actor.userId, since, until);
      };
      const redirected = new Map<string, number>();
      for (const row of invitations) redirected.set(row.coverId, await redirectedFrom(row));
      return {
        mine: await present(await repo.findMine(actor.userId), await days.today(actor.userId, now)),
        // Shown by the away member's card, as before only when they have a profile.
        covering: invitations.flatMap((row) => {
          const member = awayMembers.get(row.away.userId);
          if (!member) return [];
          return [
            {
              awayId: row.away.id,
              coverId: row.coverId,
              member,
              startsOn: row.away.startsOn,
              endsOn: row.away.endsOn,
              state: awayState(row.away, theirDay(row)),
              message: row.away.message,
              status: row.status as CoverStatus,
              redirected: redirected.get(row.coverId) ?? 0,
            },
          ];
        }),
      };
    },

    async declare(actor: Actor, input: AwayCreate): Promise<AwayPeriod> {
      const today = await days.today(actor.userId);
      if (input.endsOn < today) throw invalid('endsOn', 'is in the past');
      if (daysBetween(input.startsOn, input.endsOn) >= maxDays)
        throw invalid('endsOn', `a period lasts at most ${maxDays} days`);
      const coverUserIds: string[] = [];
      for (const [index, slug] of input.coverSlugs.entries()) {
        coverUserIds.push(
          (
            await profiles.requireVisibleMember(slug, actor, {
              field: `coverSlugs.${index}`,
              self: 'is you; choose a colleague',
            })
          ).userId,
        );
      }
      // The period, its invitations and the colleagues' notifications are written together.
      const row = await notifications.transaction(async (tx, notices) => {
        const inTx = awayRepository(tx);
        await inTx.lockMember(actor.userId);
        if (await inTx.overlaps(actor.userId, input.startsOn, input.endsOn, today)) {
          throw conflict(
            'You already have an away period at that time; end it or choose other dates',
            'overlapping_period',
          );
        }
        const inserted = await inTx.insertWithCovers(
          actor.userId,
          { reason: input.reason, startsOn: input.startsOn, endsOn: input.endsOn, message: input.message },
          coverUserIds,
        );
        for (const userId of coverUserIds) {
          await notices.notify({
            userId,
            kind: 'away.cover-invited',
            actor: actor.name,
            subject: { type: 'away', id: inserted.id },
            facts: { from: inserted.startsOn, to: inserted.endsOn },
            dedupeKey: `away.cover-invited:${inserted.id}:${userId}`,
          });
        }
        return inserted;
      });
      return (await present([row], today))[0]!;
    },

    accept: (actor: Actor, awayId: string, coverId: string) => respond(actor, awayId, coverId, 'accepted'),
    decline: (actor: Actor, awayId: string, coverId: string) => respond(actor, awayId, coverId, 'declined'),

    async end(actor: Actor, id: string): Promise<AwayPeriod> {
      await periods.requireAccess(actor, 'cover.end', id);
      const today = await days.today(actor.userId);
      const ended = await repo.endEarly(actor.userId, id, today);
      if (!ended) throw conflict('The away period is already over', 'period_over');
      return (await present([ended], today))[0]!;
    },
  };
}
export type AwayService = ReturnType<typeof awayService>;
