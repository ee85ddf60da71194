// One check-in thread per meeting occurrence, for members who would rather write than speak: the
// first member to open it makes it (once, however many open it at once), in the meeting's circle.
import type { ThreadSummary } from '../../../../contracts/discussions.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../http/actor.ts';
import { invalid, notFound } from '../../../http/errors.ts';
import type { MeetingsServices } from '../meetings/meetings.module.ts';
import { noSuchMeeting } from '../meetings/meeting-access.ts';
import type { DiscussionAccess } from './discussion-access.ts';
import type { DiscussionsRepository } from './discussions.repository.ts';
import type { ThreadsService } from './threads.service.ts';

const day = 24 * 60 * 60 * 1000;

export type CheckInsDeps = {
  db: Db;
  access: DiscussionAccess;
  repo: DiscussionsRepository;
  meetings: Pick<MeetingsServices['meetings'], 'get' | 'occurrences'>;
  threads: Pick<ThreadsService, 'summaryOf'>;
};

export function checkInsService({ db, access, repo, meetings, threads }: CheckInsDeps) {
  /** The meeting and the occurrence at `start`, for an active member of its circle. */
  async function occurrenceFor(actor: Actor, meetingId: string, start: string) {
    const meeting = await meetings.get(actor, meetingId);
    const membership = await access.membership(actor, meeting.circleId);
    if (!membership) throw notFound(noSuchMeeting);
    const at = new Date(start).getTime();
    const { items } = await meetings.occurrences(actor, meetingId, {
      from: new Date(at - day).toISOString(),
      to: new Date(at + day).toISOString(),
    });
    const occurrence = items.find((each) => new Date(each.start).getTime() === at);
    if (!occurrence) throw invalid('start', 'start: the meeting has no occurrence at this time');
    return { meeting, membership, occurrence, at: new Date(at) };
  }

  return {
    /** The occurrence's check-in thread, or null while nobody has opened it. */
    async find(actor: Actor, meetingId: string, start: string): Promise<{ thread: ThreadSummary | null }> {
      const { membership, at } = await occurrenceFor(actor, meetingId, start);
      const thread = await repo.findCheckIn(meetingId, at);
      if (!thread || (thread.hiddenAt && !membership.moderator)) return { thread: null };
      return { thread: await threads.summaryOf(thread, actor.userId) };
    },

    /** The occurrence's check-in thread, made now if nobody opened it yet. */
    async open(actor: Actor, meetingId: string, start: string): Promise<{ thread: ThreadSummary }> {
      const { meeting, membership, occurrence, at } = await occurrenceFor(actor, meetingId, start);
      const thread = await repo.checkInThread(db, {
        circleId: meeting.circleId,
        category: 'check-in',
        title: `Check-in: ${meeting.title}, ${occurrence.start.slice(0, 16).replace('T', ' ')}`,
        authorId: actor.userId,
        meetingId,
        occurrenceStart: at,
      });
      if (thread.hiddenAt && !membership.moderator) throw notFound(noSuchMeeting);
      return { thread: await threads.summaryOf(thread, actor.userId) };
    },
  };
}
export type CheckInsService = ReturnType<typeof checkInsService>;
