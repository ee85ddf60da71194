// Guests invited to one occurrence of a circle meeting. Organizers invite by email (the link is
// single-use and opens nothing after the occurrence ends), list and revoke; a signed-in person
// accepts, which binds the invitation to them. An accepted guest is never a member: the circle's
// room lets them wait for a host around their occurrence (guestAdmission), and nothing else opens.
import { appUrl } from '../../../../contracts/app-paths.ts';
import type { MeetingGuest, MeetingGuestCreate } from '../../../../contracts/meeting-guests.ts';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../http/actor.ts';
import { AppError, invalid, notFound } from '../../../http/errors.ts';
import type { RoomsServices } from '../../rooms/rooms.module.ts';
import type { CirclesServices } from '../circles.module.ts';
import { hashToken, newToken, tokenPattern } from '../invitation-tokens.ts';
import { guestInvitationMail, guestInvitationPath, occurrenceWhen } from './meeting-guest-mail.ts';
import { meetingGuestsRepository, type MeetingGuestRow } from './meeting-guests.repository.ts';
import type { MeetingAccess } from './meeting-access.ts';
import { roomOpensBeforeMs } from './circle-room.ts';
import { occurrenceAt, occurrenceById, type MeetingRow, type MeetingsRepository } from './meetings.repository.ts';
import { pausedAfter } from './meetings.service.ts';

/** One answer for a token that never existed, was revoked, used or is past its meeting. */
export const noSuchGuestInvitation = 'No such invitation: it may have been revoked, used or expired';
export const noSuchGuest = 'No such guest';

type Deps = {
  access: MeetingAccess;
  meetings: Pick<MeetingsRepository, 'findById'>;
  circles: Pick<CirclesServices['circles'], 'get'>;
  rooms: Pick<RoomsServices['rooms'], 'revoke'>;
};

/** The occurrence's start as the occurrences list gives it (its current start, moved or not). */
const startOf = (meeting: MeetingRow, recurrenceId: string) =>
  occurrenceById(meeting, recurrenceId)?.start ?? recurrenceId;

function toGuest(row: MeetingGuestRow, meeting: MeetingRow): MeetingGuest {
  const status = row.revokedAt ? 'revoked' : row.userId ? 'accepted' : 'invited';
  return { id: row.id, email: row.email, occurrence: startOf(meeting, row.occurrence), status };
}

export function meetingGuestsService(context: AppContext, { access, meetings, circles, rooms }: Deps) {
  const repo = meetingGuestsRepository(context.db);

  /** The occurrence an organizer named, if it is still to come; a 400 naming `occurrence` otherwise. */
  function upcoming(meeting: MeetingRow, start: string, now: Date) {
    let occurrence;
    try {
      occurrence = occurrenceAt(meeting, start);
    } catch (error) {
      if (error instanceof AppError) throw invalid('occurrence', 'is not a start of this meeting');
      throw error;
    }
    if (occurrence.status === 'cancelled' || pausedAfter(meeting, occurrence))
      throw invalid('occurrence', 'does not take place');
    if (new Date(occurrence.end).getTime() <= now.getTime()) throw invalid('occurrence', 'is over');
    return occurrence;
  }

  async function unused(token: string) {
    const row = tokenPattern.test(token) ? await repo.findUnused(hashToken(token), new Date()) : null;
    const meeting = row ? await meetings.findById(row.meetingId) : null;
    if (!row || !meeting) throw notFound(noSuchGuestInvitation);
    return { row, meeting };
  }

  return {
    async invite(actor: Actor, meetingId: string, input: MeetingGuestCreate): Promise<MeetingGuest> {
      const meeting = await access.planMeeting(actor, meetingId);
      const occurrence = upcoming(meeting, input.occurrence, new Date());
      const circle = await circles.get(actor, meeting.circleId);
      const token = newToken();
      const row = await repo.insert({
        meetingId: meeting.id,
        occurrence: occurrence.recurrenceId,
        email: input.email.toLowerCase(),
        tokenHash: hashToken(token),
        invitedByUserId: actor.userId,
        expiresAt: new Date(occurrence.end),
      });
      await context.mailer.queue(
        guestInvitationMail({
          to: row.email,
          inviter: actor,
          meetingTitle: meeting.title,
          when: occurrenceWhen(occurrence.start, meeting.timeZone),
          circleName: circle.visibility === 'secret' ? null : circle.name,
          url: appUrl(context.config.publicUrl, guestInvitationPath(token)),
        }),
      );
      return toGuest(row, meeting);
    },

    async list(actor: Actor, meetingId: string) {
      const meeting = await access.planMeeting(actor, meetingId);
      return { items: (await repo.listOf(meeting.id)).map((row) => toGuest(row, meeting)) };
    },

    /** Revokes the invitation; an accepted guest leaves the room at once. */
    async revoke(actor: Actor, meetingId: string, guestId: string) {
      const meeting = await access.planMeeting(actor, meetingId);
      const row =
        (await repo.revoke(meeting.id, guestId, new Date())) ?? (await repo.findInMeeting(meeting.id, guestId));
      if (!row) throw notFound(noSuchGuest);
      if (row.userId) await rooms.revoke('circle', meeting.circleId, row.userId);
      return toGuest(row, meeting);
    },

    /** What the link shows before accepting: the meeting's title and date, nothing of the circle. */
    async preview(token: string) {
      const { row, meeting } = await unused(token);
      return { title: meeting.title, when: occurrenceWhen(startOf(meeting, row.occurrence), meeting.timeZone) };
    },

    /** Binds the invitation to the signed-in person; returns the circle whose room they will knock at. */
    async accept(actor: Actor, token: string) {
      const { row, meeting } = await unused(token);
      if (!(await repo.accept(row.id, actor.userId, new Date()))) throw notFound(noSuchGuestInvitation);
      return { circleId: meeting.circleId };
    },

    /** The room's answer for a guest: the meeting they wait for, from 10 minutes before their occurrence until it ends. */
    async guestAdmission(circleId: string, userId: string, now: Date) {
      for (const { guest, meeting } of await repo.acceptedIn(circleId, userId, now)) {
        const occurrence = occurrenceById(meeting, guest.occurrence);
        if (!occurrence || occurrence.status === 'cancelled' || pausedAfter(meeting, occurrence)) continue;
        const opens = new Date(occurrence.start).getTime() - roomOpensBeforeMs;
        if (opens <= now.getTime() && now.getTime() < new Date(occurrence.end).getTime())
          return { title: meeting.title };
      }
      return null;
    },
  };
}
export type MeetingGuestsService = ReturnType<typeof meetingGuestsService>;
