// Which trade states each transition may start from, and the 409 that names why it may not.
// A 409 carries a machine-readable reason in details, so a client can tell "not your turn" from
// "already closed" without parsing the message.
import { AppError } from '../../http/errors.ts';

export type TradeConflictReason =
  | 'not_your_turn'
  | 'not_open'
  | 'not_agreed'
  | 'session_settled'
  | 'session_not_scheduled'
  | 'already_confirmed'
  | 'confirmed_by_you'
  | 'no_completed_session';

export const tradeConflict = (message: string, reason: TradeConflictReason) =>
  new AppError('conflict', message, { reason });

/** Answerable by the member the proposal or counter waits for. */
export const awaitingAnswer = ['proposed', 'countered'] as const;
/** Cancellable by either side: anything not yet closed. */
export const cancellable = ['proposed', 'countered', 'accepted', 'scheduled'] as const;
/** Terms agreed: sessions may be scheduled, confirmed or marked no-show. */
export const agreed = ['accepted', 'scheduled'] as const;
