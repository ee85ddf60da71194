// Circle discussions (its own module, after circles and meetings): threads and replies for problem
// solving and moral support, a members-only support category whose words never leave the app,
// mentions, pin/lock/hide/report, unread marks, check-in threads per meeting occurrence, and files.
import { defineModule } from '../../module.ts';
import type { ReportIntakeService } from '../../moderation/report-intake.service.ts';
import type { NewAccountPostsService } from '../../platform/new-account-posts.service.ts';
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import type { CirclesServices } from '../circles.module.ts';
import type { MeetingsServices } from '../meetings/meetings.module.ts';
import { checkInsService } from './check-ins.service.ts';
import { discussionAccess } from './discussion-access.ts';
import { discussionsRepository } from './discussions.repository.ts';
import { registerDiscussionRoutes } from './discussions.routes.ts';
import { moderationService } from './moderation.service.ts';
import { registerModerationRoutes } from './moderation.routes.ts';
import { postAttachmentsRepository } from './post-attachments.repository.ts';
import { postAttachmentsService } from './post-attachments.service.ts';
import { postReportsRepository } from './post-reports.repository.ts';
import { postWriting } from './post-writing.ts';
import { postReportable } from './post-reportable.ts';
import { postsService } from './posts.service.ts';
import { threadsService } from './threads.service.ts';

export type DiscussionsModuleDeps = {
  newAccountPosts: Pick<NewAccountPostsService, 'allow'>;
  adminReports: ReportIntakeService;
  circles: CirclesServices['circles'];
  meetings: MeetingsServices['meetings'];
  profiles: ProfilesService;
  notifications: NotificationsService;
};

export const discussionsModule = defineModule(
  (context, { circles, meetings, profiles, notifications, newAccountPosts, adminReports }: DiscussionsModuleDeps) => {
    const repo = discussionsRepository(context.db);
    const attachments = postAttachmentsRepository(context.db);
    const access = discussionAccess(circles, repo);
    const writePost = postWriting(repo, attachments);
    const shared = { access, repo, attachments, writePost, profiles, notifications, newAccountPosts };
    const threads = threadsService({ ...shared, circles });
    const posts = postsService({ ...shared, threads });
    const checkIns = checkInsService({ db: context.db, access, repo, meetings, threads });
    const files = postAttachmentsService(context.config.uploadDir, { access, attachments });
    const reports = postReportsRepository(context.db);
    const moderation = moderationService({ ...shared, reports, circles, threads, posts, adminReports });
    return {
      name: 'discussions',
      // What members can report of discussions (moderation/reportable.ts).
      services: { threads, posts, checkIns, moderation, reportables: [postReportable(repo, access)] },
      register: (app) => {
        registerDiscussionRoutes(app, context.actors, { threads, posts, checkIns, files });
        registerModerationRoutes(app, context.actors, moderation);
      },
    };
  },
);
export type DiscussionsServices = ReturnType<typeof discussionsModule>['services'];
