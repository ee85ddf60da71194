// Who may see and answer a circle's meetings: whoever may see the circle sees its meetings (a
// secret circle's are the 404 a missing meeting gets for everyone else); active members answer;
// organizers and co-organizers plan. Asked of the circles module on every request, so a removed or
// banned member loses access at once.
import type { Actor } from '../../../http/actor.ts';
import { conflict, notFound } from '../../../http/errors.ts';
import type { CirclesServices } from '../circles.module.ts';
import { noSuchCircle } from '../circles.service.ts';
import type { MeetingRow, MeetingsRepository } from './meetings.repository.ts';

export const noSuchMeeting = 'No such meeting';

export function meetingAccess(circles: CirclesServices['circles'], meetings: MeetingsRepository) {
  /** The circle if the actor may see it; the circles module's 404 otherwise. */
  const seeCircle = (actor: Actor, idOrSlug: string) => circles.get(actor, idOrSlug);

  /** The meeting if the actor may see its circle; a 404 that says nothing otherwise. */
  async function seeMeeting(actor: Actor, meetingId: string): Promise<MeetingRow> {
    const meeting = await meetings.findById(meetingId);
    if (!meeting) throw notFound(noSuchMeeting);
    try {
      await circles.get(actor, meeting.circleId);
    } catch {
      throw notFound(noSuchMeeting);
    }
    return meeting;
  }

  return {
    seeCircle,
    seeMeeting,
    /** The circle, for one of its organizers; the same 404 as a missing circle for anyone else. */
    async planFor(actor: Actor, idOrSlug: string) {
      const circle = await seeCircle(actor, idOrSlug);
      const role = await circles.memberRole(actor.userId, circle.id);
      if (role !== 'organizer' && role !== 'co-organizer') throw notFound(noSuchCircle);
      return circle;
    },
    /** The meeting, for an organizer of its circle; the same 404 as a missing meeting for anyone else. */
    async planMeeting(actor: Actor, meetingId: string) {
      const meeting = await seeMeeting(actor, meetingId);
      const role = await circles.memberRole(actor.userId, meeting.circleId);
      if (role !== 'organizer' && role !== 'co-organizer') throw notFound(noSuchMeeting);
      return meeting;
    },
    /** The meeting and the actor's role, for an active member of its circle; the 404 a missing meeting gets for anyone else. */
    async memberIn(actor: Actor, meetingId: string) {
      const meeting = await seeMeeting(actor, meetingId);
      const role = await circles.memberRole(actor.userId, meeting.circleId);
      if (!role) throw notFound(noSuchMeeting);
      return { meeting, role, plans: role === 'organizer' || role === 'co-organizer' };
    },
    /** The meeting, for an active member of its circle (who sees it but has not joined: 409). */
    async answerFor(actor: Actor, meetingId: string) {
      const meeting = await seeMeeting(actor, meetingId);
      if (!(await circles.memberRole(actor.userId, meeting.circleId)))
        throw conflict('Join the circle to answer for its meetings', 'not_a_member');
      return meeting;
    },
  };
}
export type MeetingAccess = ReturnType<typeof meetingAccess>;
