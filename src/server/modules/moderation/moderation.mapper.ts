// Moderation's rows as the admin page reads them (contracts/moderation.ts).
import type { AuditEntry, QueuedReport } from '../../../contracts/moderation.ts';
import type { AuditAction, ReportStatus, ReportableKindName } from '../../../contracts/moderation-words.ts';
import type { MemberCard } from '../../../contracts/member-card.ts';
import type { AuditRow, ReportRow, ReporterRow } from './moderation.repository.ts';
import type { ReportedItem } from './reportable.ts';

export type Cards = Map<string, MemberCard>;
const cardOf = (cards: Cards, userId: string | null) => (userId ? (cards.get(userId) ?? null) : null);

export const toAuditEntry = (row: AuditRow, cards: Cards): AuditEntry => ({
  id: row.id,
  admin: cardOf(cards, row.adminId),
  action: row.action as AuditAction,
  kind: row.kind as ReportableKindName | null,
  itemId: row.itemId,
  reportId: row.reportId,
  subject: cardOf(cards, row.subjectUserId),
  reason: row.reason,
  until: row.until?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export type QueueContext = {
  cards: Cards;
  reporters: ReporterRow[];
  prior: AuditRow[];
  suspended: Set<string>;
};

/** A report in context: the item as it reads now (else as first reported), who reported it and why. */
export function toQueuedReport(report: ReportRow, item: ReportedItem | null, context: QueueContext): QueuedReport {
  const authorId = item?.authorUserId ?? report.authorId;
  const reporters = context.reporters.filter((row) => row.reportId === report.id);
  return {
    id: report.id,
    kind: report.kind as ReportableKindName,
    itemId: report.itemId,
    status: report.status as ReportStatus,
    item: item
      ? { title: item.title, excerpt: item.excerpt, path: item.path, hidden: item.hidden, exists: true }
      : { title: report.title, excerpt: report.excerpt, path: '', hidden: false, exists: false },
    author: cardOf(context.cards, authorId),
    authorSuspended: !!authorId && context.suspended.has(authorId),
    reporters: reporters.map((row) => ({
      member: cardOf(context.cards, row.reporterId),
      reason: row.reason,
      createdAt: row.createdAt.toISOString(),
    })),
    count: reporters.length,
    priorActions: context.prior
      .filter((row) => row.subjectUserId === authorId && row.reportId !== report.id)
      .slice(0, 10)
      .map((row) => toAuditEntry(row, context.cards)),
    createdAt: report.createdAt.toISOString(),
    lastReportedAt: report.lastReportedAt.toISOString(),
  };
}
