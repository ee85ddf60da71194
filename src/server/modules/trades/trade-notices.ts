// Tells the other party of a trade what happened, through the notification centre. A notice that
// cannot be written is logged and never undoes the trade change it reports (it is sent after the
// commit). The dedupe key makes a retried request notify once.
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.ts';
import { notificationsService } from '../notifications/notifications.service.ts';
import type { TradeRow } from './trades.repository.ts';

export function tradeNotices(context: AppContext, log: FastifyBaseLogger) {
  const notifications = notificationsService(context);
  return {
    async tell(userId: string, trade: Pick<TradeRow, 'id' | 'updatedAt'>, kind: string, title: string, body: string) {
      try {
        await notifications.notify({ userId, kind, title, body, link: `/app/trades/${trade.id}`, dedupeKey: `${kind}:${trade.id}:${new Date(trade.updatedAt).getTime()}` });
      } catch (error) {
        log.warn({ err: error, tradeId: trade.id, kind }, 'trade notice failed');
      }
    },
  };
}
