// Circle meetings: recurring series on the meeting's own clock (circles/recurrence), seats and the
// waiting line, offers near the start, one meeting's .ics and each member's private feed, and the
// attendance and shared notes of each occurrence.
import { defineModule } from '../../module.ts';
import type { RoomsServices } from '../../rooms/rooms.module.ts';
import type { CirclesServices } from '../circles.module.ts';
import { registerCircleRoom } from './circle-room.ts';
import type { NotificationsService } from '../../notifications/notifications.service.ts';
import { calendarFeedService } from './calendar-feed.service.ts';
import { meetingAccess } from './meeting-access.ts';
import { meetingAttendanceService } from './meeting-attendance.service.ts';
import { meetingNotesService } from './meeting-notes.service.ts';
import { meetingRecordsRepository } from './meeting-records.repository.ts';
import { registerMeetingRecordRoutes } from './meeting-records.routes.ts';
import { registerMeetingGuestRoutes } from './meeting-guests.routes.ts';
import { meetingGuestsService } from './meeting-guests.service.ts';
import { meetingPreviewService } from './meeting-preview.ts';
import { meetingChangesService } from './meeting-changes.service.ts';
import { confirmationCheckMs, meetingConfirmations } from './meeting-confirmations.ts';
import { reminderCheckMs, sendMeetingReminders } from './meeting-reminders.ts';
import { registerEventsPage } from './events-page.routes.ts';
import { meetingSeriesEditsService } from './meeting-series-edits.service.ts';
import { registerMeetingSeriesRoutes } from './meeting-series.routes.ts';
import { registerMeetingRoutes } from './meetings.routes.ts';
import { meetingsRepository } from './meetings.repository.ts';
import { meetingsService } from './meetings.service.ts';
import { publicEventsRepository } from './public-events.repository.ts';
import { publicEventsService } from './public-events.service.ts';
import { rsvpRepository } from './rsvp.repository.ts';
import { rsvpService } from './rsvp.service.ts';

export type MeetingsModuleDeps = {
  circles: CirclesServices['circles'];
  notifications: NotificationsService;
  rooms: RoomsServices['rooms'];
};

/** How often offers that ran out pass to the next in line. */
const offerCheckMs = 60_000;

export const meetingsModule = defineModule((context, { circles, notifications, rooms }: MeetingsModuleDeps) => {
  const repo = meetingsRepository(context.db);
  const access = meetingAccess(circles, repo);
  const guests = meetingGuestsService(context, { access, meetings: repo, circles, rooms });
  // The circle's standing video room: members while a meeting is on, organizers always, guests of one meeting wait.
  registerCircleRoom(rooms, circles, repo, guests);
  const rsvpRepo = rsvpRepository(context.db);
  const meetings = meetingsService(context, { access, meetings: repo, rsvps: rsvpRepo });
  const rsvps = rsvpService({ access, rsvps: rsvpRepo, notifications, meetingById: repo.findById });
  const feeds = calendarFeedService(context, { access, meetings: repo, circles });
  const confirmations = meetingConfirmations({ access, meetings: repo, circles, notifications });
  const changes = meetingChangesService({ access, meetings: repo, rsvps: rsvpRepo, notifications });
  const previews = meetingPreviewService(access);
  const events = publicEventsService(publicEventsRepository(context.db));
  const seriesEdits = meetingSeriesEditsService({
    access,
    meetings: repo,
    rsvps: rsvpRepo,
    notifications,
    read: meetings,
  });
  const records = meetingRecordsRepository(context.db);
  const attendance = meetingAttendanceService({ access, records, circles });
  const notes = meetingNotesService({ access, records });
  return {
    name: 'meetings',
    services: {
      meetings,
      rsvps,
      feeds,
      changes,
      confirmations,
      events,
      seriesEdits,
      guests,
      sendReminders: (now: Date) => sendMeetingReminders({ meetings: repo, rsvps: rsvpRepo, notifications }, now),
    },
    register: async (app) => {
      await registerMeetingGuestRoutes(app, context, guests);
      registerMeetingRoutes(app, context.actors, { meetings, rsvps, feeds, changes, confirmations, previews });
      registerEventsPage(app, context.config, events);
      registerMeetingSeriesRoutes(app, context.actors, seriesEdits);
      registerMeetingRecordRoutes(app, context.actors, { attendance, notes });
      context.jobs.add({
        name: 'meeting-confirmations',
        everyMs: confirmationCheckMs,
        run: async (now) => void (await confirmations.check(now)),
      });
      context.jobs.add({
        name: 'meeting-offers',
        everyMs: offerCheckMs,
        run: async (now) => void (await rsvps.expireOffers(now)),
      });
      context.jobs.add({
        name: 'meeting-reminders',
        everyMs: reminderCheckMs,
        run: async (now) => void (await sendMeetingReminders({ meetings: repo, rsvps: rsvpRepo, notifications }, now)),
      });
    },
  };
});
export type MeetingsServices = ReturnType<typeof meetingsModule>['services'];
