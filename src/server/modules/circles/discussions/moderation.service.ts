// What organizers and co-organizers do to discussions — pin, lock and hide threads, hide posts,
// read and resolve members' reports — and the report itself, which any member may make. Reports
// tell the moderators who reported, never the reason or the post (they read both in the app).
import type { Post, PostReport, ThreadModeration, ThreadSummary } from '../../../../contracts/discussions.ts';
import type { Actor } from '../../../http/actor.ts';
import { conflict, notFound } from '../../../http/errors.ts';
import type { ReportIntakeService } from '../../moderation/report-intake.service.ts';
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import type { CirclesServices } from '../circles.module.ts';
import type { DiscussionAccess } from './discussion-access.ts';
import type { Cards } from './discussions.mapper.ts';
import type { DiscussionsRepository } from './discussions.repository.ts';
import { threadSubject } from './post-writing.ts';
import type { PostReportsRepository } from './post-reports.repository.ts';
import type { PostsService } from './posts.service.ts';
import type { ThreadsService } from './threads.service.ts';

export type ModerationDeps = {
  access: DiscussionAccess;
  repo: DiscussionsRepository;
  reports: PostReportsRepository;
  circles: CirclesServices['circles'];
  threads: Pick<ThreadsService, 'summaryOf'>;
  posts: Pick<PostsService, 'postFor'>;
  profiles: Pick<ProfilesService, 'memberCards'>;
  notifications: Pick<NotificationsService, 'transaction'>;
  /** The admin queue: every post report reaches it too. */
  adminReports: ReportIntakeService;
};

export function moderationService(deps: ModerationDeps) {
  const { access, repo, reports, profiles } = deps;

  return {
    async moderateThread(actor: Actor, threadId: string, changes: ThreadModeration): Promise<ThreadSummary> {
      const { thread } = await access.thread(actor, threadId, { moderate: true });
      const hiddenAt =
        changes.hidden === undefined ? undefined : changes.hidden ? (thread.hiddenAt ?? new Date()) : null;
      const updated = await repo.updateThread(thread.id, {
        ...(changes.pinned === undefined ? {} : { pinned: changes.pinned }),
        ...(changes.locked === undefined ? {} : { locked: changes.locked }),
        ...(hiddenAt === undefined ? {} : { hiddenAt }),
      });
      return deps.threads.summaryOf(updated ?? thread, actor.userId);
    },

    async moderatePost(actor: Actor, postId: string, hidden: boolean): Promise<Post> {
      const { post } = await access.post(actor, postId, { moderate: true });
      if (post.hiddenByAdmin && !hidden)
        throw conflict('An administrator hid this post: only an administrator can show it again', 'hidden_by_admin');
      const updated = await repo.updatePost(post.id, { hiddenAt: hidden ? (post.hiddenAt ?? new Date()) : null });
      return deps.posts.postFor(updated, actor.userId);
    },

    /**
     * A member reports a post they can see; the circle's moderators are told who reported (once per
     * member and post), and the report joins the admin queue.
     */
    async report(actor: Actor, postId: string, reason: string): Promise<{ reported: true }> {
      const { post, thread } = await access.post(actor, postId);
      const moderatorIds = (await deps.circles.managerIds(thread.circleId)).filter((id) => id !== actor.userId);
      const name = (await profiles.memberCards([actor.userId])).get(actor.userId)?.displayName ?? actor.name;
      await deps.notifications.transaction(async (tx, notices) => {
        const report = await reports.insert(tx, { postId: post.id, reporterId: actor.userId, reason });
        if (!report) return;
        for (const userId of moderatorIds)
          await notices.notify({
            userId,
            kind: 'circle.report',
            actor: name,
            subject: threadSubject(thread),
            dedupeKey: `circle.report:${report.id}`,
          });
      });
      await deps.adminReports.file(
        { kind: 'circle-post', itemId: post.id, title: thread.title, excerpt: post.body, authorUserId: post.authorId },
        { userId: actor.userId, reason },
      );
      return { reported: true };
    },

    async reportsOf(actor: Actor, circle: string): Promise<{ items: PostReport[] }> {
      const { circleId } = await access.moderator(actor, circle);
      const rows = await reports.ofCircle(circleId);
      const cards = await profiles.memberCards(rows.map((row) => row.report.reporterId));
      return { items: rows.map((row) => toReport(row.report, row.threadId, cards)) };
    },

    async resolveReport(actor: Actor, circle: string, reportId: string): Promise<PostReport> {
      const { circleId } = await access.moderator(actor, circle);
      const found = await reports.findInCircle(circleId, reportId);
      if (!found) throw notFound('No such report');
      const resolved = await reports.markResolved(found.report.id);
      return toReport(resolved, found.threadId, await profiles.memberCards([resolved.reporterId]));
    },
  };
}
export type ModerationService = ReturnType<typeof moderationService>;

type ReportRow = Awaited<ReturnType<PostReportsRepository['ofCircle']>>[number]['report'];
const toReport = (report: ReportRow, threadId: string, cards: Cards): PostReport => ({
  id: report.id,
  postId: report.postId,
  threadId,
  reporter: cards.get(report.reporterId) ?? null,
  reason: report.reason,
  resolved: report.resolvedAt !== null,
  createdAt: report.createdAt.toISOString(),
});
