// Notices told on the transaction of the write that causes them, so the write and its notice
// commit together or not at all. The notifications module builds its service over a database
// handle; until it offers `notify(input, { tx })`, this is that service bound to a transaction.
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { notificationsService, type NotificationsService } from '../notifications/notifications.service.ts';

export type TransactionNotices = { inTransaction: (tx: Db) => Pick<NotificationsService, 'notify' | 'actedOn'> };

export const transactionNotices = (context: AppContext): TransactionNotices => ({ inTransaction: (tx) => notificationsService({ ...context, db: tx }) });
