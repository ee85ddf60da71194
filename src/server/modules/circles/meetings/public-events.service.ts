// The public /events page's answer: the meetings of public circles near a postal code with their
// dates over the next weeks, each on the meeting's own clock. Asked as nobody, so it is the same
// for everyone; never the meeting's address or link (a town, or "online"), never an organizer's
// notes. An unknown postal code is a 400 naming `near`.
import {
  datesPerEvent,
  eventWindowDays,
  type EventQuery,
  type PublicEvent,
  type PublicEventList,
} from '../../../../contracts/events.ts';
import { invalid } from '../../../http/errors.ts';
import { lookupPostalCode, metersPer } from '../../../lib/geo.ts';
import { defaultRadius } from '../circles.service.ts';
import { expand } from '../recurrence/expand.ts';
import type { OccurrenceOverride } from '../recurrence/meeting-series.ts';
import type { PublicEventCircle, PublicEventsRepository } from './public-events.repository.ts';

/** Circles per page (each with all its meetings that have a date in the window). */
export const eventsPageSize = 20;
const day = 86_400_000;
const roundTenth = (value: number) => Math.round(value * 10) / 10;

type Found = PublicEventCircle;
type FoundMeeting = Found['meetings'][number];

// Expanding a series is pure: the same meeting (id and SEQUENCE, bumped by every change) gives the
// same dates. So each meeting is expanded once per UTC day over a window a day wider each side,
// and every request that day only filters; a busy city's page no longer pays the engine per view.
const memoLimit = 20_000;
const memo = new Map<string, { start: string; end: string }[]>();
function datesOf(meeting: FoundMeeting, now: Date) {
  const dayStart = Math.floor(now.getTime() / day) * day;
  const key = `${meeting.id}:${meeting.sequence}:${dayStart}`;
  let found = memo.get(key);
  if (!found) {
    found = expand(
      {
        start: meeting.startLocal,
        timeZone: meeting.timeZone,
        durationMinutes: meeting.durationMinutes,
        rrule: meeting.rrule,
        exdates: meeting.exdates,
        overrides: meeting.overrides as OccurrenceOverride[],
      },
      { from: new Date(dayStart - day), to: new Date(dayStart + (eventWindowDays + 2) * day) },
    )
      .filter((occurrence) => occurrence.status !== 'cancelled')
      .map(({ start, end }) => ({ start, end }));
    if (memo.size >= memoLimit) memo.delete(memo.keys().next().value!);
    memo.set(key, found);
  }
  return found;
}

function toPublicEvent(
  { circle }: Found,
  meeting: FoundMeeting,
  distance: number,
  window: { from: Date; to: Date },
): PublicEvent | null {
  const dates = datesOf(meeting, window.from)
    .filter((date) => Date.parse(date.start) >= window.from.getTime() && Date.parse(date.start) < window.to.getTime())
    .slice(0, datesPerEvent);
  if (dates.length === 0) return null;
  return {
    meetingId: meeting.id,
    title: meeting.title,
    circle: { slug: circle.slug, name: circle.name, visibility: 'public' },
    // An address meeting is in the circle's town; its street address stays behind sign-in.
    town:
      meeting.placeKind === 'address' && circle.postalCode
        ? { city: circle.city, region: circle.region, postalCode: circle.postalCode, country: circle.country ?? '' }
        : null,
    online: meeting.placeKind !== 'address',
    timeZone: meeting.timeZone,
    durationMinutes: meeting.durationMinutes,
    dates,
    distance,
  };
}

export function publicEventsService(repo: PublicEventsRepository) {
  return {
    async near(query: EventQuery, now = new Date()): Promise<PublicEventList> {
      const base = { page: query.page, pageSize: eventsPageSize, unit: query.unit, windowDays: eventWindowDays };
      if (!query.near) return { ...base, items: [], origin: null, more: false };
      const place = lookupPostalCode(query.near);
      if (!place) throw invalid('near', `is not a postal code we know ("${query.near}")`);
      const to = new Date(now.getTime() + eventWindowDays * day);
      const rows = await repo.near({
        near: { lat: place.lat, lng: place.lng, meters: (query.radius ?? defaultRadius) * metersPer[query.unit] },
        from: now,
        to,
        limit: eventsPageSize,
        offset: (query.page - 1) * eventsPageSize,
      });
      // A page is the nearest circles with a running meeting; a series whose dates in the window are
      // all cancelled is left out.
      const items = rows.flatMap((found) =>
        found.meetings.flatMap(
          (meeting) =>
            toPublicEvent(found, meeting, roundTenth(Number(found.circle.meters) / metersPer[query.unit]), {
              from: now,
              to,
            }) ?? [],
        ),
      );
      return {
        ...base,
        items,
        origin: { label: `${place.city}, ${place.region} ${place.postalCode}` },
        more: rows.length === eventsPageSize,
      };
    },
  };
}
export type PublicEventsService = ReturnType<typeof publicEventsService>;
