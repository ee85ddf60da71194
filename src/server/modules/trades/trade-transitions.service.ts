// Trade transitions. Each runs in one transaction that first locks the trade row (so two requests
// on one trade run one after the other and the second sees the first's result) and then changes
// rows only from the state it expects. An impossible transition is a 409 with a reason.
// Invites and notices go out after the commit: they report a change, never half of one.
import type { TradeTransition } from '../../../contracts/trades.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { NoticeKind } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { ledgerRepository } from './ledger.repository.ts';
import { agreed, awaitingAnswer, cancellable, tradeConflict } from './trade-rules.ts';
import { sessionInvite, type InviteParty } from './trade-invite.ts';
import { tradeNotices } from './trade-notifications.ts';
import { partnerIdOf } from './trades.mapper.ts';
import { tradesRepository, type SessionRow, type TradeRow, type Tx } from './trades.repository.ts';
import type { TradesService } from './trades.service.ts';

type Outcome = { trade: TradeRow; notice: NoticeKind; invite?: SessionRow };

const includes = (list: readonly string[], value: string) => list.includes(value);

export type TradeTransitionsDeps = {
  trades: Pick<TradesService, 'get' | 'policy'>;
  profiles: Pick<ProfilesService, 'memberCards'>;
  notifications: Pick<NotificationsService, 'transaction'>;
};

export function tradeTransitionsService(
  context: AppContext,
  { trades, profiles, notifications }: TradeTransitionsDeps,
) {
  const { db, config, mailer, log } = context;
  const repo = tradesRepository(db);
  const ledger = ledgerRepository(db);

  function requireTurn(trade: TradeRow, actor: Actor) {
    if (!includes(awaitingAnswer, trade.status))
      throw tradeConflict(`A ${trade.status} trade cannot be answered`, 'not_open');
    if (trade.awaitingUserId !== actor.userId)
      throw tradeConflict('Your partner answers this one; wait for their reply', 'not_your_turn');
  }

  /**
   * The party a profile slug names in a transition's `session`, read before its transaction (whose
   * statements must all use its handle; a trade's parties never change): null when it names neither.
   */
  async function slugOwner(actor: Actor, id: string, input: TradeTransition) {
    if (!('session' in input) || input.session === 'mine' || input.session === 'theirs') return null;
    const trade = await repo.findForParty(actor.userId, id);
    if (!trade) return null; // the transaction's access check answers
    const cards = await profiles.memberCards([trade.proposerUserId, trade.partnerUserId]);
    return [...cards].find(([, card]) => card.slug === input.session)?.[0] ?? null;
  }

  /** 'mine', 'theirs' or a party's profile slug → the user id of the member who gives the session. */
  function providerOf(trade: TradeRow, actor: Actor, ref: string, named: string | null) {
    if (ref === 'mine') return actor.userId;
    if (ref === 'theirs') return partnerIdOf(trade, actor.userId);
    if (!named) throw invalid('session', "must be 'mine', 'theirs' or the profile slug of one of the two members");
    return named;
  }

  async function requireSession(tx: Tx, trade: TradeRow, actor: Actor, ref: string, named: string | null) {
    const provider = providerOf(trade, actor, ref, named);
    if (!includes(agreed, trade.status))
      throw tradeConflict(`A ${trade.status} trade has no sessions to change`, 'not_agreed');
    return (await repo.sessionsOf(tx, [trade.id])).find((session) => session.providerUserId === provider)!;
  }

  /** Once both sessions are settled the trade is over: completed if either took place. */
  async function settle(tx: Tx, trade: TradeRow) {
    const sessions = await repo.sessionsOf(tx, [trade.id]);
    if (sessions.some((session) => !['completed', 'no-show'].includes(session.status)))
      return (await repo.update(tx, trade.id, agreed, {}))!;
    const status = sessions.some((session) => session.status === 'completed') ? 'completed' : 'no-show';
    return (await repo.update(tx, trade.id, agreed, { status }))!;
  }

  // Under the row lock this cannot happen; the guard keeps a missed lock from writing twice.
  const orLost = <T>(row: T | null): T => {
    if (!row) throw tradeConflict('The trade changed meanwhile; reload it', 'not_open');
    return row;
  };

  /** Whether a session took place is known only once it has begun. */
  function notBefore(session: SessionRow, what: string, now = new Date()) {
    if (session.startsAt && now < session.startsAt)
      throw invalid('session', `has not begun yet, so it cannot be ${what}`);
  }

  async function apply(
    tx: Tx,
    trade: TradeRow,
    actor: Actor,
    input: TradeTransition,
    named: string | null,
  ): Promise<Outcome> {
    const mineIsProposer = trade.proposerUserId === actor.userId;
    switch (input.to) {
      case 'accepted': {
        requireTurn(trade, actor);
        const updated = orLost(
          await repo.update(tx, trade.id, awaitingAnswer, { status: 'accepted', awaitingUserId: null }),
        );
        await repo.insertSessions(tx, [
          {
            tradeId: trade.id,
            providerUserId: trade.proposerUserId,
            recipientUserId: trade.partnerUserId,
            service: trade.proposerService,
            minutes: trade.proposerMinutes,
          },
          {
            tradeId: trade.id,
            providerUserId: trade.partnerUserId,
            recipientUserId: trade.proposerUserId,
            service: trade.partnerService,
            minutes: trade.partnerMinutes,
          },
        ]);
        return { trade: updated, notice: 'trade.accepted' };
      }
      case 'declined': {
        requireTurn(trade, actor);
        const updated = await repo.update(tx, trade.id, awaitingAnswer, {
          status: 'declined',
          awaitingUserId: null,
          closedByUserId: actor.userId,
          closedReason: input.reason ?? '',
        });
        return { trade: orLost(updated), notice: 'trade.declined' };
      }
      case 'countered': {
        requireTurn(trade, actor);
        // The counterer's give is what they provide; stored in absolute (proposer/partner) form.
        const [proposerTerm, partnerTerm] = mineIsProposer ? [input.give, input.receive] : [input.receive, input.give];
        const updated = await repo.update(tx, trade.id, awaitingAnswer, {
          status: 'countered',
          awaitingUserId: partnerIdOf(trade, actor.userId),
          counters: trade.counters + 1,
          proposerService: proposerTerm.service,
          proposerMinutes: proposerTerm.minutes,
          partnerService: partnerTerm.service,
          partnerMinutes: partnerTerm.minutes,
          ...(input.note === undefined ? {} : { note: input.note }),
        });
        return { trade: orLost(updated), notice: 'trade.countered' };
      }
      case 'cancelled': {
        if (!includes(cancellable, trade.status))
          throw tradeConflict(`A ${trade.status} trade cannot be cancelled`, 'not_open');
        const updated = orLost(
          await repo.update(tx, trade.id, cancellable, {
            status: 'cancelled',
            awaitingUserId: null,
            closedByUserId: actor.userId,
            closedReason: input.reason,
          }),
        );
        // Completed sessions stay in the ledger: those minutes were given.
        await repo.cancelOpenSessions(tx, trade.id);
        return { trade: updated, notice: 'trade.cancelled' };
      }
      case 'scheduled': {
        const session = await requireSession(tx, trade, actor, input.session, named);
        if (session.providerConfirmedAt || session.recipientConfirmedAt)
          throw tradeConflict('This session was already confirmed as held', 'already_confirmed');
        const moved = await repo.updateSession(tx, session.id, ['unscheduled', 'scheduled'], {
          status: 'scheduled',
          startsAt: new Date(input.startsAt),
          location: input.location ?? session.location,
          inviteSequence: session.startsAt ? session.inviteSequence + 1 : 0,
        });
        if (!moved) throw tradeConflict(`A ${session.status} session cannot be scheduled`, 'session_settled');
        const updated = (await repo.update(tx, trade.id, agreed, { status: 'scheduled' }))!;
        return { trade: updated, notice: 'trade.scheduled', invite: moved };
      }
      case 'completed': {
        const session = await requireSession(tx, trade, actor, input.session, named);
        if (session.status !== 'scheduled')
          throw tradeConflict(
            `A ${session.status} session cannot be confirmed`,
            session.status === 'unscheduled' ? 'session_not_scheduled' : 'session_settled',
          );
        notBefore(session, 'confirmed as taken place');
        const iAmProvider = session.providerUserId === actor.userId;
        if ((iAmProvider ? session.providerConfirmedAt : session.recipientConfirmedAt) !== null)
          throw tradeConflict('You already confirmed this session', 'already_confirmed');
        const stamp = new Date();
        await repo.updateSession(
          tx,
          session.id,
          ['scheduled'],
          iAmProvider ? { providerConfirmedAt: stamp } : { recipientConfirmedAt: stamp },
        );
        const confirmedByOther = (iAmProvider ? session.recipientConfirmedAt : session.providerConfirmedAt) !== null;
        if (!confirmedByOther)
          return { trade: (await repo.update(tx, trade.id, agreed, {}))!, notice: 'trade.confirmed' };
        const done = await repo.updateSession(tx, session.id, ['scheduled'], {
          status: 'completed',
          completedAt: stamp,
        });
        // The second confirmation completes the session and writes both ledger sides with it.
        await ledger.recordSession(tx, done!);
        return { trade: await settle(tx, trade), notice: 'trade.completed' };
      }
      case 'no-show': {
        const session = await requireSession(tx, trade, actor, input.session, named);
        if (session.status !== 'scheduled')
          throw tradeConflict(
            `A ${session.status} session cannot be marked no-show`,
            session.status === 'unscheduled' ? 'session_not_scheduled' : 'session_settled',
          );
        if (
          (session.providerUserId === actor.userId ? session.providerConfirmedAt : session.recipientConfirmedAt) !==
          null
        )
          throw tradeConflict('You confirmed this session took place', 'confirmed_by_you');
        notBefore(session, 'recorded as missed by your partner');
        const absent = partnerIdOf(trade, actor.userId);
        await repo.updateSession(tx, session.id, ['scheduled'], { status: 'no-show', noShowUserId: absent });
        return { trade: await settle(tx, trade), notice: 'trade.no-show' };
      }
    }
  }

  async function sendInvites(session: SessionRow) {
    const ids = [session.providerUserId, session.recipientUserId];
    const [cards, emails] = await Promise.all([profiles.memberCards(ids), repo.accountEmails(ids)]);
    const [provider, recipient] = ids.map((userId) => ({
      name: cards.get(userId)?.displayName ?? 'A Kneadwork member',
      email: emails.get(userId)!,
    })) as [InviteParty, InviteParty];
    const invite = sessionInvite({ session, provider, recipient, publicUrl: config.publicUrl });
    for (const member of [provider, recipient]) {
      await mailer.send({
        to: member.email,
        subject: invite.subject,
        text: invite.text,
        attachments: [invite.attachment],
        ref: `trade-session:${session.id}`,
      });
    }
  }

  return {
    async transition(actor: Actor, id: string, input: TradeTransition) {
      const named = await slugOwner(actor, id, input);
      const outcome = await notifications.transaction(async (tx, notices) => {
        // The access check reads the trade under its row lock, so the transition sees the latest state.
        const trade = trades.policy.check(actor, 'trades.transition', await repo.lockForParty(tx, actor.userId, id));
        const outcome = await apply(tx, trade, actor, input, named);
        await tradeNotices(notices).tell(
          actor,
          partnerIdOf(outcome.trade, actor.userId),
          outcome.trade,
          outcome.notice,
        );
        return outcome;
      });
      // The schedule is committed; an outbox that cannot take the invite is logged, and moving the
      // session again sends a fresh one (SMTP failures themselves are retried by the outbox).
      if (outcome.invite)
        await sendInvites(outcome.invite).catch((error: unknown) =>
          log.error({ err: error, tradeId: id }, 'trade invite not queued'),
        );
      return trades.get(actor, id);
    },
  };
}
export type TradeTransitionsService = ReturnType<typeof tradeTransitionsService>;
