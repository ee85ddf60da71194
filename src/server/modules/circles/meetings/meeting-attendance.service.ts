// Who came to an occurrence, marked by its organizers: the list is everyone who answered for it and
// every active member (someone may come without answering); marking saves the whole checklist at
// once. Organizers see every line; a member sees only their own (docs/circles.md, Attendance).
import type { Attendance, AttendanceLine, RsvpStatus } from '../../../../contracts/meetings.ts';
import type { Actor } from '../../../http/actor.ts';
import { invalid, notFound } from '../../../http/errors.ts';
import type { CirclesServices } from '../circles.module.ts';
import { noSuchMeeting, type MeetingAccess } from './meeting-access.ts';
import type { MeetingRecordsRepository, Place } from './meeting-records.repository.ts';
import { occurrenceAt } from './meetings.repository.ts';

type Deps = {
  access: MeetingAccess;
  records: MeetingRecordsRepository;
  circles: Pick<CirclesServices['circles'], 'activeMemberIds'>;
};

const answerOrder: Record<RsvpStatus, number> = { going: 0, offered: 1, waitlisted: 2, 'not-going': 3 };

export function meetingAttendanceService({ access, records, circles }: Deps) {
  async function placeFor(actor: Actor, meetingId: string, start: string) {
    const { meeting, plans } = await access.memberIn(actor, meetingId);
    const place: Place = { meetingId: meeting.id, occurrence: occurrenceAt(meeting, start).recurrenceId };
    return { meeting, plans, place };
  }

  /** Every line of the checklist: who answered (going first) and the active members who did not. */
  async function linesAt(place: Place, circleId: string): Promise<AttendanceLine[]> {
    const [answers, marks, members] = await Promise.all([
      records.answersAt(place),
      records.marksAt(place),
      circles.activeMemberIds(circleId),
    ]);
    const answerOf = new Map(answers.map((row) => [row.userId, row.status as RsvpStatus]));
    const presentOf = new Map(marks.map((row) => [row.userId, row.present]));
    const ids = [...new Set([...answerOf.keys(), ...members, ...presentOf.keys()])];
    const names = await records.namesOf(ids);
    const rank = (id: string) => {
      const answer = answerOf.get(id);
      return answer ? answerOrder[answer] : 4;
    };
    return ids
      .map((userId) => ({
        userId,
        name: names.get(userId) ?? 'Former member',
        answer: answerOf.get(userId) ?? null,
        present: presentOf.get(userId) ?? null,
      }))
      .sort((a, b) => rank(a.userId) - rank(b.userId) || a.name.localeCompare(b.name));
  }

  return {
    async read(actor: Actor, meetingId: string, start: string): Promise<Attendance> {
      const { meeting, plans, place } = await placeFor(actor, meetingId, start);
      const items = await linesAt(place, meeting.circleId);
      return { canMark: plans, items: plans ? items : items.filter((line) => line.userId === actor.userId) };
    },

    /** Organizers: those listed were there, everyone else on the checklist was not. */
    async mark(actor: Actor, meetingId: string, start: string, present: string[]): Promise<Attendance> {
      const { meeting, plans, place } = await placeFor(actor, meetingId, start);
      if (!plans) throw notFound(noSuchMeeting);
      const lines = await linesAt(place, meeting.circleId);
      const listed = new Set(lines.map((line) => line.userId));
      if (present.some((id) => !listed.has(id)))
        throw invalid('present', 'must name only members of the circle or people who answered for this meeting');
      const here = new Set(present);
      await records.transaction((tx) =>
        records.mark(
          tx,
          place,
          lines.map((line) => ({ userId: line.userId, present: here.has(line.userId) })),
          actor.userId,
        ),
      );
      return { canMark: true, items: await linesAt(place, meeting.circleId) };
    },
  };
}
export type MeetingAttendanceService = ReturnType<typeof meetingAttendanceService>;
