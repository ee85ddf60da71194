// A member's private calendar feed: every circle meeting they go to, as one .ics a calendar app
// subscribes to (no cookie: the address is the key). The address carries a random feed id and
// its HMAC under the server's secret, so the database alone opens nothing; a new id revokes the
// old address. One meeting's .ics comes from the same writer.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../http/actor.ts';
import { notFound } from '../../../http/errors.ts';
import { eventUid } from '../../../lib/icalendar.ts';
import type { CirclesServices } from '../circles.module.ts';
import { meetingCalendarText, type CalendarMeeting } from '../recurrence/meeting-calendar.ts';
import type { MeetingAccess } from './meeting-access.ts';
import { occurrenceById, seriesOf, type MeetingRow, type MeetingsRepository } from './meetings.repository.ts';

const noSuchFeed = 'No such calendar';

export function calendarFeedService(
  { config }: AppContext,
  deps: { access: MeetingAccess; meetings: MeetingsRepository; circles: CirclesServices['circles'] },
) {
  const { access, meetings, circles } = deps;
  const sign = (feedId: string) =>
    createHmac('sha256', config.authSecret).update(`calendar:${feedId}`).digest('base64url');
  const tokenOf = (feedId: string) => `${feedId}.${sign(feedId)}`;
  const addresses = (feedId: string) => {
    const url = `${config.publicUrl}/calendar/${tokenOf(feedId)}.ics`;
    return { url, webcal: url.replace(/^https?:/, 'webcal:') };
  };
  const calendarMeeting = (row: MeetingRow): CalendarMeeting => ({
    uid: eventUid('circle-meeting', row.id, config.publicUrl),
    sequence: row.sequence,
    summary: row.title,
    description: row.description || undefined,
    place: row.placeKind === 'room' ? 'The circle’s video room in Kneadwork' : row.place || undefined,
    url: `${config.publicUrl}/app/circles/${row.circleId}`,
    series: seriesOf(row),
  });

  /**
   * What the feed carries of one meeting: the whole series when I go to it (less the occurrences I
   * said no to or only wait for — no seat, no calendar entry), else each occurrence I go to on its own.
   */
  const feedEntries = (row: MeetingRow, answers: Awaited<ReturnType<MeetingsRepository['answersOf']>>) => {
    const mine = answers.occurrences.filter((answer) => answer.meetingId === row.id);
    const going = (status: string) => status === 'going' || status === 'offered';
    const base = calendarMeeting(row);
    if (answers.wholeSeries.has(row.id)) {
      const notThere = mine.filter((answer) => !going(answer.status)).map((answer) => answer.occurrence);
      return [{ ...base, series: { ...base.series, exdates: [...new Set([...base.series.exdates, ...notThere])] } }];
    }
    return mine
      .filter((answer) => going(answer.status))
      .flatMap((answer) => {
        const occurrence = occurrenceById(row, answer.occurrence);
        if (!occurrence || occurrence.status === 'cancelled') return [];
        const minutes = (new Date(occurrence.end).getTime() - new Date(occurrence.start).getTime()) / 60_000;
        return [
          {
            ...base,
            uid: eventUid('circle-meeting', `${row.id}-${answer.occurrence.replace(/[-:]/g, '')}`, config.publicUrl),
            place: occurrence.place ?? base.place,
            series: {
              start: occurrence.start.slice(0, 16),
              timeZone: row.timeZone,
              durationMinutes: minutes,
              rrule: null,
              exdates: [],
              overrides: [],
            },
          },
        ];
      });
  };

  return {
    /** My feed's address, made on first ask. */
    async address(actor: Actor) {
      const feed =
        (await meetings.feedOf(actor.userId)) ??
        (await meetings.replaceFeed(actor.userId, randomBytes(18).toString('base64url')));
      return addresses(feed.feedId);
    },
    /** A new address; the old one answers 404 from now on. */
    async revoke(actor: Actor) {
      return addresses((await meetings.replaceFeed(actor.userId, randomBytes(18).toString('base64url'))).feedId);
    },
    /** The feed's text for its address; 404 for a revoked or forged one. */
    async feed(token: string) {
      const [feedId = '', mac = ''] = token.split('.');
      const expected = Buffer.from(sign(feedId));
      const given = Buffer.from(mac);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw notFound(noSuchFeed);
      const feed = await meetings.feedById(feedId);
      if (!feed) throw notFound(noSuchFeed);
      // Only circles the member is still in: leaving (or being removed) takes their meetings out.
      const mine = await circles.circleIdsOf(feed.userId);
      const rows = await meetings.goingFor(feed.userId, mine);
      const answers = await meetings.answersOf(
        feed.userId,
        rows.map((row) => row.id),
      );
      return meetingCalendarText({
        name: 'Kneadwork circles',
        meetings: rows.flatMap((row) => feedEntries(row, answers)),
      });
    },
    /** One meeting's .ics, for whoever may see it. */
    async meetingFile(actor: Actor, meetingId: string) {
      const row = await access.seeMeeting(actor, meetingId);
      return meetingCalendarText({ name: row.title, meetings: [calendarMeeting(row)] });
    },
  };
}
export type CalendarFeedService = ReturnType<typeof calendarFeedService>;
