// The meetings the public /events page may show: those of public circles with a home town within
// the radius, still running in the window, not paused. A page is the nearest circles that have such
// a meeting, straight from the circles' gist index (KNN, db/distance.ts), then those circles'
// meetings: a busy city costs a page of rows, not every meeting in the radius. The bench runs
// these very queries (bench/events.ts).
import { and, eq, exists, gt, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
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

/** A meeting that may have a date in [from, to): begun before `to`, not over before `from`, not paused. */
const running = (filter: PublicEventFilter) =>
  and(
    lt(circleMeetings.firstStartAt, filter.to),
    or(isNull(circleMeetings.lastEndAt), gt(circleMeetings.lastEndAt, filter.from)),
    isNull(circleMeetings.pausedAt),
  );

export const publicEventsRepository = (db: Db) => ({
  async near(filter: PublicEventFilter) {
    return db.transaction(async (tx) => {
      // The planner takes the radius box to hold 0.1 % of circles (a constant estimate for `<@`),
      // so for a busy city it would fetch every circle in the box by bitmap and sort them all; with
      // bitmap scans off for this transaction it walks the index nearest first and stops at the page.
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const nearest = await tx
        .select({
          id: circles.id,
          slug: circles.slug,
          name: circles.name,
          city: circles.city,
          region: circles.region,
          postalCode: circles.postalCode,
          country: circles.country,
          meters: distance.metersFrom(filter.near).as('meters'),
        })
        .from(circles)
        .where(
          and(
            // Only public circles: a private or secret circle's meetings are its members' business.
            eq(circles.visibility, 'public'),
            isNull(circles.hiddenAt),
            isNotNull(circles.lat),
            distance.within(filter.near, filter.near.meters),
            exists(
              tx
                .select({ one: sql`1` })
                .from(circleMeetings)
                .where(and(eq(circleMeetings.circleId, circles.id), running(filter))),
            ),
          ),
        )
        // Distance alone: a second key would stop the index from giving the order (no early stop).
        .orderBy(distance.nearestFirst(filter.near))
        .limit(filter.limit)
        .offset(filter.offset);
      if (nearest.length === 0) return [];
      const meetings = await tx
        .select({
          id: circleMeetings.id,
          circleId: circleMeetings.circleId,
          title: circleMeetings.title,
          startLocal: circleMeetings.startLocal,
          timeZone: circleMeetings.timeZone,
          durationMinutes: circleMeetings.durationMinutes,
          rrule: circleMeetings.rrule,
          exdates: circleMeetings.exdates,
          overrides: circleMeetings.overrides,
          placeKind: circleMeetings.placeKind,
          sequence: circleMeetings.sequence,
        })
        .from(circleMeetings)
        .where(
          and(
            inArray(
              circleMeetings.circleId,
              nearest.map((circle) => circle.id),
            ),
            running(filter),
          ),
        );
      return nearest.map((circle) => ({
        circle,
        meetings: meetings
          .filter((meeting) => meeting.circleId === circle.id)
          .sort((a, b) => a.startLocal.localeCompare(b.startLocal) || a.id.localeCompare(b.id)),
      }));
    });
  },
});
export type PublicEventsRepository = ReturnType<typeof publicEventsRepository>;
export type PublicEventCircle = Awaited<ReturnType<PublicEventsRepository['near']>>[number];
