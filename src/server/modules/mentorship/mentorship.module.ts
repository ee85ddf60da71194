// Mentorship: offers and needs, suggestions with reasons, requests and their answers, the shared
// space, check-in reminders (job), and the mentor's offer as a reportable item.
import type { ConversationsService } from '../messages/conversations.service.ts';
import { defineModule } from '../module.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { registerMentoringRoutes } from './mentoring.routes.ts';
import { mentoringService } from './mentoring.service.ts';
import { mentorshipReminderJob, sendMentorshipReminders } from './mentorship-reminders.ts';
import { mentorshipReportables } from './mentorship-reportables.ts';
import { mentorshipSpaceService } from './mentorship-space.service.ts';
import { registerMentorshipRoutes } from './mentorships.routes.ts';
import { mentorshipsService } from './mentorships.service.ts';

export type MentorshipModuleDeps = {
  profiles: ProfilesService;
  notifications: NotificationsService;
  conversations: Pick<ConversationsService, 'create'>;
};

export const mentorshipModule = defineModule(
  (context, { profiles, notifications, conversations }: MentorshipModuleDeps) => {
    const mentoring = mentoringService(context, { profiles });
    const mentorships = mentorshipsService(context, { profiles, notifications });
    const space = mentorshipSpaceService(context, { mentorships, conversations, notifications, profiles });
    return {
      name: 'mentorship',
      services: {
        mentoring,
        mentorships,
        space,
        reportables: mentorshipReportables(mentoring.repo),
        sendReminders: (now: Date) => sendMentorshipReminders(context, notifications, now),
      },
      register(app) {
        context.jobs.add({
          name: mentorshipReminderJob,
          everyMs: 60_000,
          run: (now) => sendMentorshipReminders(context, notifications, now),
        });
        registerMentoringRoutes(app, context.actors, mentoring);
        registerMentorshipRoutes(app, context.actors, { mentorships, space });
      },
    };
  },
);
export type MentorshipServices = ReturnType<typeof mentorshipModule>['services'];
