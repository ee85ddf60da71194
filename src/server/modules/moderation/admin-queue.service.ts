// What admins read: the queue of reports with each item in context (as its module describes it
// now), the reporters and their reasons, and what was done about the author before; and the audit
// trail. Both are the unknown path's 404 to anyone but an admin.
import type { AuditEntry, QueuedReport } from '../../../contracts/moderation.ts';
import type { ReportStatus } from '../../../contracts/moderation-words.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import type { AdminsService } from './admins.service.ts';
import { toAuditEntry, toQueuedReport } from './moderation.mapper.ts';
import { moderationRepository } from './moderation.repository.ts';
import type { Reportable, ReportableKind } from './reportable.ts';

export type AdminQueueDeps = {
  admins: AdminsService;
  byKind: Map<ReportableKind, Reportable>;
  profiles: Pick<ProfilesService, 'memberCards'>;
};

export type AdminQueueService = ReturnType<typeof adminQueueService>;

export function adminQueueService(context: Pick<AppContext, 'db'>, { admins, byKind, profiles }: AdminQueueDeps) {
  const repo = moderationRepository(context.db);
  return {
    async queue(actor: MemberActor | null, status: ReportStatus): Promise<{ items: QueuedReport[] }> {
      await admins.requireAdmin(actor);
      const reports = await repo.queue(status);
      const items = await Promise.all(
        reports.map(
          async (report) => (await byKind.get(report.kind as ReportableKind)?.describe(report.itemId)) ?? null,
        ),
      );
      const authorIds = reports.flatMap((report, i) => {
        const author = items[i]?.authorUserId ?? report.authorId;
        return author ? [author] : [];
      });
      const [reporters, prior, suspended] = await Promise.all([
        repo.reportersOf(reports.map((report) => report.id)),
        repo.auditAbout(authorIds),
        repo.suspendedAmong(authorIds),
      ]);
      const cards = await profiles.memberCards([
        ...authorIds,
        ...reporters.map((row) => row.reporterId),
        ...prior.flatMap((row) => (row.adminId ? [row.adminId] : [])),
      ]);
      return {
        items: reports.map((report, i) =>
          toQueuedReport(report, items[i] ?? null, { cards, reporters, prior, suspended }),
        ),
      };
    },

    async auditLog(actor: MemberActor | null, limit: number): Promise<{ items: AuditEntry[] }> {
      await admins.requireAdmin(actor);
      const rows = await repo.auditLog(limit);
      const cards = await profiles.memberCards(
        rows.flatMap((row) => [row.adminId, row.subjectUserId].filter((id): id is string => id !== null)),
      );
      return { items: rows.map((row) => toAuditEntry(row, cards)) };
    },
  };
}
