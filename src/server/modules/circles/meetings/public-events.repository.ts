// The meetings the public /events page may show: those of public circles with a home town within
// the radius, still running in the window, not paused. Nearest first straight from the circles'
// gist index (KNN, db/distance.ts), so a busy city costs a page of rows, not every meeting in the
// radius; each circle's meetings come from its (circle_id, first_start_at) index. The bench runs this very query.
import { and, asc, eq, gt, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { distanceSearch, type GeoPoint } from '../../../db/distance.ts';
import { circleMeetings, circles } from '../../../db/schema/index.ts';

const distance = distanceSearch({ lat: circles.lat, lng: circles.lng });

export type PublicEventFilter = {
  near: GeoPoint & { meters: number };
  from: Date;
  to: Date;
  limit: number;
  offset: number;
};

export const publicEventsQuery = (db: Db, filter: PublicEventFilter) =>
  db
    .select({
      meeting: {
        id: circleMeetings.id,
        title: circleMeetings.title,
        startLocal: circleMeetings.startLocal,
        timeZone: circleMeetings.timeZone,
        durationMinutes: circleMeetings.durationMinutes,
        rrule: circleMeetings.rrule,
        exdates: circleMeetings.exdates,
        overrides: circleMeetings.overrides,
        placeKind: circleMeetings.placeKind,
      },
      circle: {
        slug: circles.slug,
        name: circles.name,
        city: circles.city,
        region: circles.region,
        postalCode: circles.postalCode,
        country: circles.country,
      },
      meters: distance.metersFrom(filter.near).as('meters'),
    })
    .from(circles)
    .innerJoin(circleMeetings, eq(circleMeetings.circleId, circles.id))
    .where(
      and(
        // Only public circles: a private or secret circle's meetings are its members' business.
        eq(circles.visibility, 'public'),
        isNotNull(circles.lat),
        distance.within(filter.near, filter.near.meters),
        lt(circleMeetings.firstStartAt, filter.to),
        or(isNull(circleMeetings.lastEndAt), gt(circleMeetings.lastEndAt, filter.from)),
        isNull(circleMeetings.pausedAt),
      ),
    )
    .orderBy(distance.nearestFirst(filter.near), asc(circleMeetings.id))
    .limit(filter.limit)
    .offset(filter.offset);

export const publicEventsRepository = (db: Db) => ({
  near: (filter: PublicEventFilter) => publicEventsQuery(db, filter),
});
export type PublicEventsRepository = ReturnType<typeof publicEventsRepository>;
export type PublicEventRow = Awaited<ReturnType<typeof publicEventsQuery>>[number];
