// "Within N metres of a point, nearest first" for any table with lat/lng columns and a gist index on
// ll_to_earth(lat, lng) (PostgreSQL's cube + earthdistance). The directory uses it; circles,
// opportunities and mentors will. Distance: earth_box(...) @> ll_to_earth(lat, lng) lets the gist
// index find candidates and earth_distance(...) <= radius trims the box's corners to the exact
// circle; the nearest page comes straight from the same index (KNN `<->`), so a busy city costs a
// page of rows, not every row in the radius.
import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import { earthRadius, originPoint } from '../lib/earth.ts';

export type GeoPoint = { lat: number; lng: number };

/** The origin as an `earth` value, computed here by ll_to_earth's own formula. */
function originOf({ lat, lng }: GeoPoint) {
  const { x, y, z } = originPoint(lat, lng);
  return sql`${`(${x}, ${y}, ${z})`}::cube::earth`;
}

/** The distance fragments for one table's `lat`/`lng` columns. */
export function distanceSearch(columns: { lat: Column; lng: Column }) {
  // The indexed point: this exact expression is what the table's gist index is built on.
  const indexedPoint = sql`ll_to_earth(${columns.lat}, ${columns.lng})`;
  // ll_to_earth() is a SQL function PostgreSQL cannot inline (STRICT, returning the `earth` domain):
  // per row each call costs microseconds, and on a constant the planner runs it while planning. So
  // the rows' point is its body written out (table-qualified: drizzle may leave a column in a
  // subquery unqualified), and the origin's is computed in originOf, by the same formula.
  const [lat, lng] = [columns.lat, columns.lng].map((column) => `"${getTableName(column.table)}"."${column.name}"`);
  const rowPoint = sql.raw(
    `cube(cube(cube(${earthRadius} * cos(radians(${lat})) * cos(radians(${lng}))), ` +
      `${earthRadius} * cos(radians(${lat})) * sin(radians(${lng}))), ${earthRadius} * sin(radians(${lat})))::earth`,
  );
  const metersFrom = (origin: GeoPoint) => sql<number>`earth_distance(${originOf(origin)}, ${rowPoint})`;
  return {
    metersFrom,
    /** Rows within `meters` of the origin: the index's box, then the exact circle. */
    within: (origin: GeoPoint, meters: number): SQL =>
      sql`earth_box(${originOf(origin)}, ${meters}::float8) @> ${indexedPoint} and ${metersFrom(origin)} <= ${meters}::float8`,
    /** Nearest first, straight from the index (KNN): use as the ORDER BY of a LIMITed query. */
    nearestFirst: (origin: GeoPoint): SQL => sql`${indexedPoint} <-> ${originOf(origin)}`,
  };
}
