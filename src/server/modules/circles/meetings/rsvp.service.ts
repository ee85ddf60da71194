// Answering for a meeting: going takes a seat if one is free, else a place in the waiting line;
// not going frees the seat without asking why, and the next in line gets it — outright, or within
// the cut-off before the start (default 24 h) as an offer for a while (they may no longer be able
// to come), then the next. Each answer, its seat and the notice to the one moved up commit together.
import type { RsvpStatus } from '../../../../contracts/meetings.ts';
import type { Actor } from '../../../http/actor.ts';
import { conflict } from '../../../http/errors.ts';
import { expand } from '../recurrence/expand.ts';
import type { Occurrence } from '../recurrence/meeting-series.ts';
import type { NotificationsService, Notices } from '../../notifications/notifications.service.ts';
import type { MeetingAccess } from './meeting-access.ts';
import { occurrenceAt, occurrenceById, seriesOf, type MeetingRow } from './meetings.repository.ts';
import { pausedAfter } from './meetings.service.ts';
import type { RsvpRepository, Tx } from './rsvp.repository.ts';

const hour = 60 * 60 * 1000;
/** How long an offered seat waits for its answer, at most (never past the start). */
export const offerWindowMs = 2 * hour;
/** A series answer reaches this far ahead; later occurrences get it when they come into range. */
const seriesReachMs = 366 * 24 * hour;

type Deps = {
  access: MeetingAccess;
  rsvps: RsvpRepository;
  notifications: Pick<NotificationsService, 'transaction'>;
  meetingById: (id: string, tx: Tx) => Promise<MeetingRow | null>;
};

export function rsvpService({ access, rsvps, notifications, meetingById }: Deps) {
  /** Gives a freed seat to the next in line; returns who moved up. */
  async function moveUp(tx: Tx, notices: Notices, meeting: MeetingRow, occurrence: Occurrence, now: Date) {
    const place = { meetingId: meeting.id, occurrence: occurrence.recurrenceId };
    const next = await rsvps.nextInLine(tx, place);
    if (!next || !(await rsvps.takeSeat(tx, place, meeting.capacity))) return;
    const startsAt = new Date(occurrence.start).getTime();
    const offer = startsAt - now.getTime() <= meeting.cutoffHours * hour;
    const until = new Date(Math.min(now.getTime() + offerWindowMs, startsAt));
    await rsvps.answer(tx, place, next.userId, offer ? 'offered' : 'going', offer ? until : null);
    await notices.notify({
      userId: next.userId,
      kind: offer ? 'circle.meeting-offer' : 'circle.meeting-seat',
      subject: { type: 'circle', id: meeting.circleId },
      facts: { from: occurrence.start.slice(0, 10) },
      dedupeKey: `meeting-seat:${meeting.id}:${occurrence.recurrenceId}:${next.position}:${offer ? 'offer' : 'seat'}`,
    });
  }

  /** One answer on an open transaction: the status it leaves. */
  async function answerOn(
    tx: Tx,
    notices: Notices,
    meeting: MeetingRow,
    occurrence: Occurrence,
    userId: string,
    going: boolean,
    now: Date,
  ): Promise<RsvpStatus> {
    const place = { meetingId: meeting.id, occurrence: occurrence.recurrenceId };
    const before = (await rsvps.mine(tx, place, userId))?.status as RsvpStatus | undefined;
    if (going) {
      if (before === 'going' || before === 'waitlisted') return before;
      // An offered seat is already held for me: taking it changes no count.
      if (before === 'offered') return (await rsvps.answer(tx, place, userId, 'going')).status as RsvpStatus;
      const seated = await rsvps.takeSeat(tx, place, meeting.capacity);
      return (await rsvps.answer(tx, place, userId, seated ? 'going' : 'waitlisted')).status as RsvpStatus;
    }
    await rsvps.answer(tx, place, userId, 'not-going');
    if (before === 'going' || before === 'offered') {
      await rsvps.freeSeat(tx, place);
      await moveUp(tx, notices, meeting, occurrence, now);
    }
    return 'not-going';
  }

  const open = (meeting: MeetingRow, occurrence: Occurrence, now: Date) => {
    if (occurrence.status === 'cancelled') throw conflict('This meeting is cancelled', 'cancelled');
    if (pausedAfter(meeting, occurrence))
      throw conflict('This series is paused until an organizer confirms it still runs', 'paused');
    if (new Date(occurrence.end).getTime() <= now.getTime()) throw conflict('This meeting is over', 'past');
  };

  return {
    async answer(actor: Actor, meetingId: string, start: string, going: boolean, now = new Date()) {
      const meeting = await access.answerFor(actor, meetingId);
      const occurrence = occurrenceAt(meeting, start);
      open(meeting, occurrence, now);
      const status = await notifications.transaction((tx, notices) =>
        answerOn(tx, notices, meeting, occurrence, actor.userId, going, now),
      );
      return { status };
    },

    /** The same answer for every occurrence of the next twelve months, and kept for the series. */
    async answerSeries(actor: Actor, meetingId: string, going: boolean, now = new Date()) {
      const meeting = await access.answerFor(actor, meetingId);
      const upcoming = expand(seriesOf(meeting), { from: now, to: new Date(now.getTime() + seriesReachMs) }).filter(
        (occurrence) => occurrence.status !== 'cancelled' && !pausedAfter(meeting, occurrence),
      );
      const occurrences: { start: string; status: RsvpStatus }[] = [];
      await notifications.transaction(async (tx, notices) => {
        await rsvps.answerSeries(tx, meeting.id, actor.userId, going);
        for (const occurrence of upcoming)
          occurrences.push({
            start: occurrence.start,
            status: await answerOn(tx, notices, meeting, occurrence, actor.userId, going, now),
          });
      });
      return { going, occurrences };
    },

    /** Offers whose time ran out go to the next in line (the job, every minute). */
    async expireOffers(now: Date) {
      let moved = 0;
      await notifications.transaction(async (tx, notices) => {
        for (const offer of await rsvps.expiredOffers(tx, now)) {
          const meeting = await meetingById(offer.meetingId, tx);
          if (!meeting) continue;
          const place = { meetingId: offer.meetingId, occurrence: offer.occurrence };
          await rsvps.answer(tx, place, offer.userId, 'not-going');
          await rsvps.freeSeat(tx, place);
          const occurrence = occurrenceById(meeting, offer.occurrence);
          if (occurrence && new Date(occurrence.start).getTime() > now.getTime())
            await moveUp(tx, notices, meeting, occurrence, now);
          moved++;
        }
      });
      return moved;
    },
  };
}

export type RsvpService = ReturnType<typeof rsvpService>;
