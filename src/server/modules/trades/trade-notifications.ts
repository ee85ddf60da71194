// Tells the other party of a trade what happened, through the notification centre, on the
// change's own transaction: the change and its notice commit together, or neither does. The
// member who acted has dealt with whatever they were told about this trade, so it is marked read.
// The dedupe key makes a retried request notify once.
import type { Notices } from '../notifications/notifications.service.ts';
import type { NoticeKind } from '../notifications/notifications.service.ts';
import type { TradeRow } from './trades.repository.ts';

export function tradeNotices(notices: Notices) {
  return {
    async tell(
      actor: { userId: string; name: string },
      userId: string,
      trade: Pick<TradeRow, 'id' | 'updatedAt'>,
      kind: NoticeKind,
    ) {
      const subject = { type: 'trade', id: trade.id } as const;
      await notices.notify({
        userId,
        kind,
        actor: actor.name,
        subject,
        dedupeKey: `${kind}:${trade.id}:${new Date(trade.updatedAt).getTime()}`,
      });
      await notices.actedOn(actor.userId, subject);
    },
  };
}
