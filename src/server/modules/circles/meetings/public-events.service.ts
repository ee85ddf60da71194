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
import type { PublicEventRow, PublicEventsRepository } from './public-events.repository.ts';

export const eventsPageSize = 20;
const day = 86_400_000;
const roundTenth = (value: number) => Math.round(value * 10) / 10;

function toPublicEvent(row: PublicEventRow, from: Date, to: Date, unit: EventQuery['unit']): PublicEvent | null {
  const { meeting, circle } = row;
  const dates = expand(
    {
      start: meeting.startLocal,
      timeZone: meeting.timeZone,
      durationMinutes: meeting.durationMinutes,
      rrule: meeting.rrule,
      exdates: meeting.exdates,
      overrides: meeting.overrides as OccurrenceOverride[],
    },
    { from, to },
  )
    .filter((occurrence) => occurrence.status !== 'cancelled')
    .slice(0, datesPerEvent)
    .map(({ start, end }) => ({ start, end }));
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
    distance: roundTenth(Number(row.meters) / metersPer[unit]),
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
      // A series whose dates in the window are all cancelled is left out (the page may be a little short).
      const items = rows.flatMap((row) => toPublicEvent(row, now, to, query.unit) ?? []);
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
