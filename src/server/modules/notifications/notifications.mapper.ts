// A stored notification as the API and the real-time event show it.
import { categoryOf, type Notification } from '../../../contracts/notifications.ts';
import type { NotificationRow } from './notifications.repository.ts';

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * Rows written before notices were worded in one place (they have no subject) may carry text a
 * member typed in their body: it is never shown or mailed again.
 */
export const safeBody = (row: Pick<NotificationRow, 'subject' | 'body'>) => (row.subject ? row.body : '');

export const toNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind,
  // Re-derived rather than trusted from the row, so a category added later applies to old rows too.
  category: categoryOf(row.kind),
  title: row.title,
  body: safeBody(row),
  link: row.link,
  createdAt: iso(row.createdAt),
  readAt: row.readAt ? iso(row.readAt) : null,
});
