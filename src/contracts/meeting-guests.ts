// Guests invited to one occurrence of a circle meeting (docs/circles.md, "Guests"): organizers
// invite by email and revoke; the guest accepts through the emailed link and waits in the circle's
// room for a host. Times are ISO 8601 with the meeting's own offset, as the occurrences list gives them.
import { z } from 'zod';
import { meetingParams } from './meetings.ts';

export const guestStatuses = ['invited', 'accepted', 'revoked'] as const;
export type GuestStatus = (typeof guestStatuses)[number];

export const meetingGuestCreateSchema = z.strictObject({
  email: z.email('must be an email address').max(200, 'must be at most 200 characters'),
  occurrence: z.iso.datetime({ offset: true, error: 'must be an occurrence start (ISO 8601 with its offset)' }),
});
export type MeetingGuestCreate = z.infer<typeof meetingGuestCreateSchema>;

export const meetingGuestSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  /** The occurrence's start, as the occurrences list gives it. */
  occurrence: z.string(),
  status: z.enum(guestStatuses),
});
export type MeetingGuest = z.infer<typeof meetingGuestSchema>;
export const meetingGuestListSchema = z.object({ items: z.array(meetingGuestSchema) });

export const meetingGuestParams = meetingParams.extend({ guestId: z.uuid('must be a guest id') });
