// What an admin does about a report — hide, warn, suspend, dismiss — and the two ways back (show
// again, lift a suspension). Every action writes its audit row in the same transaction as the
// report's closing (and the warning's notice, the suspension's row); effects another module owns
// (hiding through the item's Reportable, the suspended member's profile) are idempotent and run
// before that commit (hide) or after it (the suspension's sessions and profile), so a retry finishes them.
import type { ReportActionInput } from '../../../contracts/moderation.ts';
import type { ReportableKindName } from '../../../contracts/moderation-words.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../http/errors.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import type { AdminsService } from './admins.service.ts';
import { warningMail } from './moderation.mails.ts';
import { moderationPolicy } from './moderation.policy.ts';
import { moderationRepository, type ReportRow, type Tx } from './moderation.repository.ts';
import type { Reportable, ReportableKind } from './reportable.ts';

export type ModerationActionsDeps = {
  admins: AdminsService;
  byKind: Map<ReportableKind, Reportable>;
  profiles: Pick<ProfilesService, 'withhold' | 'userIdOf'>;
  notifications: Pick<NotificationsService, 'transaction'>;
};

export const noSuchMember = 'No such member';

export function moderationActionsService(context: AppContext, deps: ModerationActionsDeps) {
  const repo = moderationRepository(context.db);
  const policy = moderationPolicy(repo);
  const { admins, byKind, profiles } = deps;

  async function openReport(actor: MemberActor | null, reportId: string) {
    const admin = await admins.requireAdmin(actor);
    const { report } = await policy.requireAccess(admin, 'moderation.act', reportId);
    return { admin, report };
  }
  /** Closes the report once and writes the audit row, on the caller's transaction. */
  async function closeWithAudit(
    tx: Tx,
    admin: MemberActor,
    report: ReportRow,
    action: 'hide' | 'warn' | 'suspend' | 'dismiss',
    details: { authorId: string | null; reason: string; until?: Date | null },
  ) {
    const closed = await repo.close(tx, report.id, action === 'dismiss' ? 'dismissed' : 'actioned');
    if (!closed) throw conflict('Another admin has already closed this report', 'report_closed');
    return repo.audit(tx, {
      adminId: admin.userId,
      action,
      reportId: report.id,
      kind: report.kind,
      itemId: report.itemId,
      subjectUserId: details.authorId,
      reason: details.reason,
      until: details.until ?? null,
    });
  }
  /** Sessions end and the profile leaves every page; both are safe to repeat. */
  async function applySuspension(userId: string) {
    await (await context.auth.$context).internalAdapter.deleteUserSessions(userId);
    await profiles.withhold(userId, 'suspended', true);
  }

  return {
    async act(actor: MemberActor | null, reportId: string, input: ReportActionInput): Promise<{ status: string }> {
      const { admin, report } = await openReport(actor, reportId);
      if (report.status !== 'open') throw conflict('This report is already closed', 'report_closed');
      if (input.until !== undefined && input.action !== 'suspend') throw invalid('until', 'is only for a suspension');
      const reportable = byKind.get(report.kind as ReportableKind);
      const item = reportable ? await reportable.describe(report.itemId) : null;
      const authorId = item?.authorUserId ?? report.authorId;
      const needAuthor = () => {
        if (!authorId) throw invalid('action', 'cannot reach an author: this item has none');
        if (authorId === admin.userId) throw invalid('action', 'cannot be taken against yourself');
        return authorId;
      };
      switch (input.action) {
        case 'hide': {
          if (!reportable || !item) throw conflict('The item no longer exists: dismiss the report', 'item_gone');
          await reportable.setHidden(report.itemId, true);
          await repo.transaction((tx) => closeWithAudit(tx, admin, report, 'hide', { authorId, reason: input.reason }));
          return { status: 'actioned' };
        }
        case 'warn': {
          const author = needAuthor();
          const account = await repo.accountOf(author);
          await deps.notifications.transaction(async (tx, notices) => {
            const audit = await closeWithAudit(tx, admin, report, 'warn', { authorId: author, reason: input.reason });
            await notices.notify({
              userId: author,
              kind: 'moderation.warning',
              actor: 'Kneadwork administrators',
              subject: { type: 'moderation', id: audit.id },
              dedupeKey: `moderation.warning:${audit.id}`,
            });
          });
          if (account)
            await context.mailer.queue({
              ...warningMail(account, report.kind as ReportableKindName, input.reason, context.config.publicUrl),
              ref: `moderation-warning:${report.id}`,
            });
          return { status: 'actioned' };
        }
        case 'suspend': {
          const author = needAuthor();
          const until = input.until ? new Date(input.until) : null;
          if (until && until.getTime() <= Date.now()) throw invalid('until', 'must be in the future');
          await repo.transaction(async (tx) => {
            await repo.suspend(tx, author, until);
            await closeWithAudit(tx, admin, report, 'suspend', { authorId: author, reason: input.reason, until });
          });
          await applySuspension(author);
          return { status: 'actioned' };
        }
        case 'dismiss':
          await repo.transaction((tx) =>
            closeWithAudit(tx, admin, report, 'dismiss', { authorId, reason: input.reason }),
          );
          return { status: 'dismissed' };
      }
    },

    /** Shows a hidden item again (the report stays closed); audited. */
    async unhide(actor: MemberActor | null, reportId: string, reason: string): Promise<{ hidden: false }> {
      const { admin, report } = await openReport(actor, reportId);
      const reportable = byKind.get(report.kind as ReportableKind);
      const item = reportable ? await reportable.describe(report.itemId) : null;
      if (!reportable || !item) throw conflict('The item no longer exists', 'item_gone');
      await reportable.setHidden(report.itemId, false);
      await repo.transaction((tx) =>
        repo.audit(tx, {
          adminId: admin.userId,
          action: 'unhide',
          reportId: report.id,
          kind: report.kind,
          itemId: report.itemId,
          subjectUserId: item.authorUserId,
          reason,
        }),
      );
      return { hidden: false };
    },

    /** Lifts a member's suspension before its time (or an indefinite one); audited. */
    async unsuspend(actor: MemberActor | null, slug: string, reason: string) {
      const admin = await admins.requireAdmin(actor);
      const userId = await profiles.userIdOf(slug);
      if (!userId) throw notFound(noSuchMember);
      await repo.transaction(async (tx) => {
        if (!(await repo.unsuspend(tx, userId))) throw conflict('This member is not suspended', 'not_suspended');
        await repo.audit(tx, { adminId: admin.userId, action: 'unsuspend', subjectUserId: userId, reason });
      });
      await profiles.withhold(userId, 'suspended', false);
      return { slug, suspended: false, until: null };
    },

    /** The job: suspensions whose time is up end, and the member's profile comes back. */
    async endExpiredSuspensions() {
      let ended = 0;
      for (const { userId } of await repo.expiredSuspensions()) {
        if (!(await repo.endExpired(userId))) continue;
        await profiles.withhold(userId, 'suspended', false);
        ended += 1;
      }
      return ended;
    },

    /** For a retry after a failure between a suspension's commit and its effects. */
    applySuspension,
  };
}
export type ModerationActionsService = ReturnType<typeof moderationActionsService>;
