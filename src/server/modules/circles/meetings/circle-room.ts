// Who is let into a circle's standing video room (the rooms module asks; decisions/022): its
// organizers and co-organizers always, as hosts; its members from 10 minutes before a meeting until
// it ends, or whenever a host lets them in from the waiting room; a guest invited to one meeting
// (meeting-guests.service.ts) waits for a host from 10 minutes before it until it ends. Anyone
// else, including a removed or banned member, is told the room does not exist. The room is named by the circle's id, so a
// slug and an id never make two rooms.
import type { MemberActor } from '../../../access/actor.ts';
import type { CirclesServices } from '../circles.module.ts';
import type { RoomsServices } from '../../rooms/rooms.module.ts';
import { expand } from '../recurrence/expand.ts';
import type { MeetingGuestsService } from './meeting-guests.service.ts';
import { seriesOf, type MeetingsRepository } from './meetings.repository.ts';
import { pausedAfter } from './meetings.service.ts';

const minute = 60_000;
export const roomOpensBeforeMs = 10 * minute;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether one of the circle's meetings is on (or starts within 10 minutes) at `now`. */
export async function meetingOn(meetings: MeetingsRepository, circleId: string, now: Date) {
  for (const row of await meetings.listForCircle(circleId)) {
    const around = expand(seriesOf(row), {
      from: new Date(now.getTime() - 24 * 60 * minute),
      to: new Date(now.getTime() + roomOpensBeforeMs + 1),
    });
    const on = around.some(
      (occurrence) =>
        occurrence.status !== 'cancelled' &&
        !pausedAfter(row, occurrence) &&
        new Date(occurrence.start).getTime() - roomOpensBeforeMs <= now.getTime() &&
        now.getTime() < new Date(occurrence.end).getTime(),
    );
    if (on) return true;
  }
  return false;
}

export function registerCircleRoom(
  rooms: Pick<RoomsServices['rooms'], 'admission'>,
  circles: CirclesServices['circles'],
  meetings: MeetingsRepository,
  guests: Pick<MeetingGuestsService, 'guestAdmission'>,
) {
  rooms.admission('circle', async (actor: MemberActor, id: string) => {
    if (!uuid.test(id)) return null;
    const role = await circles.memberRole(actor.userId, id);
    if (!role) {
      // Never straight in, and named by the meeting, not the circle (which may be secret).
      const guest = await guests.guestAdmission(id, actor.userId, new Date());
      return guest && { allowed: false, role: 'participant', displayName: actor.name, roomTitle: guest.title };
    }
    const circle = await circles.get(actor, id);
    const host = role !== 'member';
    return {
      allowed: host || (await meetingOn(meetings, circle.id, new Date())),
      role: host ? 'host' : 'participant',
      displayName: actor.name,
      roomTitle: circle.name,
    };
  });
}
