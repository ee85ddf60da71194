// Who may do what to a trade: its two parties, and nobody else (a stranger and an anonymous
// caller get the 404 a missing trade gets). Whose turn it is is a rule of the transition (a 409).
import { definePolicy, type AccessRule } from '../../access/access.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { TradeRow, TradesRepository } from './trades.repository.ts';

export type TradePermission = 'trades.read' | 'trades.transition' | 'trades.note';

/** What anyone but the two parties is told about a trade (anonymous callers too: actors.requiredForRecord). */
export const noSuchTrade = 'No such trade';

const aParty: AccessRule<MemberActor, TradeRow> = (actor, row) =>
  row.proposerUserId === actor.userId || row.partnerUserId === actor.userId;

export const tradesPolicy = (repo: TradesRepository) =>
  definePolicy<TradePermission, MemberActor, TradeRow>({
    notFoundMessage: noSuchTrade,
    load: (actor, id) => repo.findForParty(actor.userId, id),
    rules: { 'trades.read': aParty, 'trades.transition': aParty, 'trades.note': aParty },
  });
