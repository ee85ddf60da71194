// The rules of treatment trades that are not transitions: proposing to a visible member, reading
// a trade (only its two parties may; anyone else gets 404), the notes each party keeps after a
// session, and the minutes ledger per partner. Transitions live in trade-transitions.service.ts.
import type { Ledger, Trade, TradeNotes, TradePropose } from '../../../contracts/trades.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { ledgerRepository } from './ledger.repository.ts';
import { tradeConflict } from './trade-rules.ts';
import { tradeNotices } from './trade-notifications.ts';
import { tradesPolicy } from './trades.policy.ts';
import { partnerIdOf, partnerOf, toTrade } from './trades.mapper.ts';
import { tradesRepository, type TradeRow } from './trades.repository.ts';

type Who = Pick<Actor, 'userId'>;

export { noSuchTrade } from './trades.policy.ts';

export type TradesDeps = {
  profiles: Pick<ProfilesService, 'requireVisibleMember' | 'memberCards' | 'getOwn'>;
  notifications: Pick<NotificationsService, 'transaction'>;
};

export function tradesService(context: AppContext, { profiles, notifications }: TradesDeps) {
  const { db } = context;
  const repo = tradesRepository(db);
  const policy = tradesPolicy(repo);
  const ledger = ledgerRepository(db);

  async function present(actor: Who, rows: TradeRow[]): Promise<Trade[]> {
    const ids = rows.map((row) => row.id);
    const [sessions, notes, members] = await Promise.all([
      repo.sessionsOf(db, ids),
      repo.notesOf(ids),
      profiles.memberCards(rows.map((row) => partnerIdOf(row, actor.userId))),
    ]);
    return rows.map((row) => toTrade(row, actor.userId, sessions, notes, members));
  }

  const get = async (actor: Actor, id: string) =>
    (await present(actor, [await policy.requireAccess(actor, 'trades.read', id)]))[0]!;

  return {
    get,
    present,
    policy,

    list: async (actor: Who) => present(actor, await repo.listForParty(actor.userId)),

    /** A proposal to a member the proposer can see (hidden profiles look like no one). */
    async propose(actor: Actor, input: TradePropose) {
      const member = await profiles.requireVisibleMember(input.toMemberSlug, actor, {
        field: 'toMemberSlug',
        self: 'cannot be yourself: a trade is with someone else',
        whenMissing: () =>
          new AppError('not_found', 'toMemberSlug: no such member', [
            { field: 'toMemberSlug', message: 'no such member' },
          ]),
      });
      await profiles.getOwn(actor); // the partner sees the proposer by their profile: make sure there is one
      const row = await notifications.transaction(async (tx, notices) => {
        const inserted = await repo.insert(tx, {
          proposerUserId: actor.userId,
          partnerUserId: member.userId,
          proposerService: input.give.service,
          proposerMinutes: input.give.minutes,
          partnerService: input.receive.service,
          partnerMinutes: input.receive.minutes,
          note: input.note ?? '',
          awaitingUserId: member.userId,
        });
        await tradeNotices(notices).tell(actor, inserted.partnerUserId, inserted, 'trade.proposed');
        return inserted;
      });
      return get(actor, row.id);
    },

    /** After a completed session: my private note on their style, and feedback I share with them. */
    async saveNotes(actor: Actor, id: string, input: TradeNotes) {
      const row = await policy.requireAccess(actor, 'trades.note', id);
      const sessions = await repo.sessionsOf(db, [row.id]);
      if (!sessions.some((session) => session.status === 'completed'))
        throw tradeConflict('Notes are written after a completed session of this trade', 'no_completed_session');
      // The feedback's notice says only that there is some: the words may name a client.
      await notifications.transaction(async (tx, notices) => {
        await tradesRepository(tx).upsertNotes(row.id, actor.userId, input);
        if (input.sharedFeedback)
          await tradeNotices(notices).tell(
            actor,
            partnerIdOf(row, actor.userId),
            { id: row.id, updatedAt: new Date() },
            'trade.feedback',
          );
      });
      return get(actor, row.id);
    },

    /** Per partner: the balance in minutes (positive: they owe me) and the sessions behind it. */
    async ledger(actor: Who): Promise<Ledger> {
      const entries = await ledger.entriesOf(actor.userId);
      const members = await profiles.memberCards(entries.map((entry) => entry.partnerUserId));
      const byPartner = new Map<string, Ledger['partners'][number]>();
      for (const entry of entries) {
        const member = members.get(entry.partnerUserId);
        const line = byPartner.get(entry.partnerUserId) ?? {
          partner: partnerOf(member),
          balance: 0,
          theyOweMe: 0,
          iOweThem: 0,
          history: [],
        };
        line.balance += entry.minutes;
        line.history.push({
          tradeId: entry.tradeId,
          sessionId: entry.sessionId,
          service: entry.service,
          minutes: entry.minutes,
          completedAt: new Date(entry.createdAt).toISOString(),
        });
        byPartner.set(entry.partnerUserId, line);
      }
      const partners = [...byPartner.values()].map((line) => ({
        ...line,
        theyOweMe: Math.max(line.balance, 0),
        iOweThem: Math.max(-line.balance, 0),
      }));
      return {
        partners: partners.sort(
          (a, b) => Math.abs(b.balance) - Math.abs(a.balance) || a.partner.name.localeCompare(b.partner.name),
        ),
      };
    },
  };
}
export type TradesService = ReturnType<typeof tradesService>;
