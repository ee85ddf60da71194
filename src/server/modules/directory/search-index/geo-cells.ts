// Profiles by place, in fine cells of a tenth of a degree kept row by row (a row is a band of
// latitude, its cells in column order). Within a cell, profiles at the very same place (a practice's
// postal code is where it is shown, so a city's practices share a few dozen points) form one point:
// measured once, its profiles kept in the directory's name order, so a page near a place offers
// only the names that can still enter it.
// A search near a point walks cells nearest first (`around`): each row the circle reaches is opened
// when its latitude comes up, and two cursors leave the search's longitude in it, east and west,
// each offering its next cell with a lower bound of that cell's distance. Only the cells walked are
// touched, so a search that needs just the closest page stops after a few.
// The rest of the radius is then only counted, row by row (`countWithin`): the cells of a row wholly
// inside the circle are a span of columns, and a load gives a span's profiles consecutive slots
// (ProfileStore.placeOrder), so most of a row is one popcount over the row's flat list of runs; only
// the cells on the circle's edge are measured place by place.
import { earthRadius, rowPoint } from '../../../lib/earth.ts';
import type { SlotSet } from './bitset.ts';
import { lowerBound } from './lower-bound.ts';

const fine = 0.1;
const columns = 3600; // fine columns around the earth
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
/** Degrees a bound is widened by against rounding (about a centimetre). */
const rounding = 1e-7;

/**
 * Profiles at one place: (x, y, z) as ll_to_earth gives it, the slots in name order once `sorted`;
 * `run` is the first slot when those are consecutive numbers too (as a load leaves them), else -1.
 */
export type GeoPoint = {
  lat: number;
  lng: number;
  x: number;
  y: number;
  z: number;
  slots: number[];
  sorted: boolean;
  run: number;
};
type Cell = {
  column: number;
  /** Its centre's longitude. */
  lng: number;
  points: Map<string, GeoPoint>;
  list: GeoPoint[];
  /** The cell's slots as runs of consecutive numbers [start, end, start, end, …]; null after a change. */
  runs: number[] | null;
};
type Row = {
  row: number;
  /** Its cells' columns, ascending, and the cells. */
  columns: number[];
  cells: Cell[];
  /** Its cells and places in flat arrays, for counting; null after a change. */
  flat: Flat | null;
  /** Its cells' centre latitude (radians), and their slack: half a diagonal and a metre. */
  centre: number;
  slack: number;
};
/**
 * A row's cells and places side by side in typed arrays, in the order of its cells and their lists:
 * counting a radius reads these instead of following each cell's and place's objects, which are
 * scattered in memory and rarely in cache when a request comes.
 */
export type Flat = {
  /** Per cell: its one run of slots [first, end), or first = -1 when it has several. */
  first: Int32Array;
  end: Int32Array;
  /** Per cell: its centre's longitude, and where its places start below (and one more: the row's end). */
  lng: Float64Array;
  start: Int32Array;
  /** Per place: its point (as GeoPoint), and its run of slots [run, run + size), or run = -1 when not consecutive. */
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  run: Int32Array;
  size: Int32Array;
};
/** A cell a walk comes to: its places as objects, and as the `at`th cell of its row's flat arrays. */
export type CellVisit = { cell: Cell; points: readonly GeoPoint[]; nearestMeters: number; flat: Flat; at: number };
const pointKey = (lat: number, lng: number) => `${lat},${lng}`;

/** Great-circle metres (haversine); only for the cells' conservative bounds. */
function metersBetween(lat1: number, lng1: number, lat2: number, lng2: number) {
  const [phi1, phi2] = [toRadians(lat1), toRadians(lat2)];
  const h =
    Math.sin((phi2 - phi1) / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(toRadians(lng2 - lng1) / 2) ** 2;
  return 2 * earthRadius * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Half the diagonal of a cell whose south edge is at `south`: the farthest any of its points lies from its centre (its corners nearer the equator are widest). */
function halfDiagonal(south: number) {
  const [centre, north] = [south + fine / 2, south + fine];
  return Math.max(metersBetween(centre, 0, south, fine / 2), metersBetween(centre, 0, north, fine / 2));
}

/**
 * How far east or west (degrees of longitude, ≥ 0) a point on latitude `phi` may lie from the origin
 * (sin, cos of its latitude) and still be within `angle` radians of it: -1 when none is, 180 when all are.
 */
function halfWidth(sinOrigin: number, cosOrigin: number, phi: number, angle: number) {
  if (angle < 0) return -1;
  if (angle >= Math.PI) return 180;
  const [sinPhi, cosPhi] = [Math.sin(phi), Math.cos(phi)];
  const across = cosPhi * cosOrigin;
  const fromLatitude = Math.cos(angle) - sinPhi * sinOrigin;
  // At a pole, distance does not depend on longitude.
  if (across < 1e-12) return fromLatitude <= 0 ? 180 : -1;
  const least = fromLatitude / across; // cos Δλ must be at least this
  if (least > 1) return -1;
  if (least <= -1) return 180;
  return (Math.acos(least) * 180) / Math.PI;
}

/**
 * The most degrees of longitude (as halfWidth) the circle of `angle` radians spans anywhere between
 * latitudes `south` and `north` (radians): at an edge of the band, or where the circle is widest if
 * that latitude lies inside it (sin φ = sin φ₀ / cos angle). -1 when the circle misses the band.
 */
function widestWithin(sinOrigin: number, cosOrigin: number, south: number, north: number, angle: number) {
  let widest = Math.max(halfWidth(sinOrigin, cosOrigin, south, angle), halfWidth(sinOrigin, cosOrigin, north, angle));
  const sinWidest = angle < Math.PI / 2 ? sinOrigin / Math.cos(angle) : 2;
  if (sinWidest >= -1 && sinWidest <= 1) {
    const phi = Math.asin(sinWidest);
    if (phi > south && phi < north) widest = Math.max(widest, halfWidth(sinOrigin, cosOrigin, phi, angle));
  }
  return widest;
}

/** Longitude difference in degrees, folded into 0–180. */
function apart(lngA: number, lngB: number) {
  const difference = Math.abs(lngA - lngB) % 360;
  return difference > 180 ? 360 - difference : difference;
}

const rowOf = (lat: number) => Math.min(1799, Math.max(0, Math.floor((lat + 90) / fine)));
const columnOf = (lng: number) => Math.floor(((((lng + 180) % 360) + 360) % 360) / fine) % columns;

/** A min-heap by a lower bound of distance (parallel arrays: no entry objects). */
class Nearest<T> {
  private keys: number[] = [];
  private items: T[] = [];
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items.length > 0 ? this.keys[0]! : Number.POSITIVE_INFINITY;
  }
  push(at: number, item: T) {
    const { keys, items } = this;
    let index = items.length;
    keys.push(at);
    items.push(item);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (keys[parent]! <= at) break;
      keys[index] = keys[parent]!;
      items[index] = items[parent]!;
      index = parent;
    }
    keys[index] = at;
    items[index] = item;
  }
  pop(): T {
    const { keys, items } = this;
    const top = items[0]!;
    const [lastKey, lastItem] = [keys.pop()!, items.pop()!];
    const size = items.length;
    if (size > 0) {
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        if (left >= size) break;
        const smaller = left + 1 < size && keys[left + 1]! < keys[left]! ? left + 1 : left;
        if (keys[smaller]! >= lastKey) break;
        keys[index] = keys[smaller]!;
        items[index] = items[smaller]!;
        index = smaller;
      }
      keys[index] = lastKey;
      items[index] = lastItem;
    }
    return top;
  }
}

/** A row's cells leaving the search's longitude in one direction; `taken` is shared by its two cursors. */
type Cursor = {
  line: Row;
  at: number;
  step: 1 | -1;
  taken: { count: number };
  /** sin²(Δφ/2) and cos φ₀ · cos φ of the row, for the haversine of each cell's centre. */
  latitudePart: number;
  across: number;
};
/** The next row to open going north (step 1) or south (step -1). */
type Opener = { row: number; step: 1 | -1 };

export class GeoCells {
  private rows = new Map<number, Row>();
  private byName: (a: number, b: number) => number;

  /** `byName` orders slots as the directory lists names (NameOrder.compare). */
  constructor(byName: (a: number, b: number) => number) {
    this.byName = byName;
  }

  add(slot: number, lat: number, lng: number) {
    const [row, column] = [rowOf(lat), columnOf(lng)];
    let line = this.rows.get(row);
    if (!line) {
      const south = row * fine - 90;
      line = {
        row,
        columns: [],
        cells: [],
        flat: null,
        centre: toRadians(south + fine / 2),
        slack: halfDiagonal(south) + 1,
      };
      this.rows.set(row, line);
    }
    const at = lowerBound(line.columns, column);
    let cell = line.cells[at];
    if (!cell || cell.column !== column) {
      cell = { column, lng: column * fine - 180 + fine / 2, points: new Map(), list: [], runs: null };
      line.columns.splice(at, 0, column);
      line.cells.splice(at, 0, cell);
    }
    const placeKey = pointKey(lat, lng);
    let point = cell.points.get(placeKey);
    if (!point) {
      point = { lat, lng, ...rowPoint(lat, lng), slots: [], sorted: false, run: -1 };
      cell.points.set(placeKey, point);
      cell.list.push(point);
    }
    point.slots.push(slot);
    cell.runs = null;
    line.flat = null;
    // Sorted when a search first needs it: the slot's name may be set after its place (ProfileStore.put).
    point.sorted = false;
  }

  /** Takes a slot out; (lat, lng) is where it was added. */
  remove(slot: number, lat: number, lng: number) {
    const line = this.rows.get(rowOf(lat));
    const at = line ? lowerBound(line.columns, columnOf(lng)) : -1;
    const cell = line?.cells[at];
    const point = cell?.column === columnOf(lng) ? cell.points.get(pointKey(lat, lng)) : undefined;
    const place = point ? point.slots.indexOf(slot) : -1;
    if (!line || !cell || !point || place < 0) return;
    point.slots.splice(place, 1);
    point.sorted = false;
    cell.runs = null;
    line.flat = null;
    if (point.slots.length > 0) return;
    cell.points.delete(pointKey(lat, lng));
    cell.list.splice(cell.list.indexOf(point), 1);
    if (cell.list.length > 0) return;
    line.columns.splice(at, 1);
    line.cells.splice(at, 1);
    if (line.cells.length === 0) this.rows.delete(line.row);
  }

  /**
   * The cells that may hold a point within `meters` of (lat, lng), nearest first by a lower bound of
   * their distance (lazily: stop iterating when the rest cannot matter). When a cell comes, its
   * `nearestMeters` bounds every cell not yet visited too. Bounds are a metre generous, so rounding
   * never cuts a profile off.
   */
  *around(lat: number, lng: number, meters: number): Generator<CellVisit> {
    const phi = toRadians(lat);
    const cosOrigin = Math.cos(phi);
    const latSpan = (((meters + 1) / earthRadius) * 180) / Math.PI;
    const [fromRow, toRow, originRow] = [rowOf(lat - latSpan), rowOf(lat + latSpan), rowOf(lat)];
    const queue = new Nearest<Cursor | Opener>();
    // A row's nearest point is at least its latitude's distance away.
    const rowBound = (row: number) => {
      const [south, north] = [toRadians(row * fine - 90), toRadians(row * fine - 90 + fine)];
      return Math.max(0, south - phi, phi - north) * earthRadius - 1;
    };
    const offerRow = (row: number, step: 1 | -1) => {
      if (row < fromRow || row > toRow) return;
      const bound = rowBound(row);
      if (bound <= meters) queue.push(bound, { row, step });
    };
    // Offers a cursor's next cell with its bound, unless the row has nothing more within reach this way.
    const offerCell = (cursor: Cursor) => {
      const { line, step } = cursor;
      const length = line.cells.length;
      if (cursor.taken.count >= length) return;
      const cell = line.cells[((cursor.at % length) + length) % length]!;
      // Degrees from the search's longitude in the cursor's direction; past 180 the other cursor is nearer.
      let offset = ((((cell.lng - lng) * step) % 360) + 360) % 360;
      if (offset > 360 - rounding) offset -= 360;
      if (offset > 180 + rounding) return;
      const half = Math.sin(toRadians(Math.min(180, Math.max(0, offset))) / 2);
      const centre =
        2 * earthRadius * Math.asin(Math.min(1, Math.sqrt(cursor.latitudePart + cursor.across * half * half)));
      const bound = centre - line.slack;
      if (bound <= meters) queue.push(bound, cursor);
    };
    offerRow(originRow, 1);
    offerRow(originRow - 1, -1);
    const visit: CellVisit = {
      cell: null as unknown as Cell,
      points: [],
      nearestMeters: 0,
      flat: null as unknown as Flat,
      at: 0,
    };
    while (queue.size > 0) {
      const nearest = queue.peek();
      const next = queue.pop();
      if ('row' in next) {
        offerRow(next.row + next.step, next.step);
        const line = this.rows.get(next.row);
        if (!line) continue;
        // The first cell whose centre is east of the search's longitude starts the east cursor.
        const east = lowerBound(line.columns, Math.ceil((lng + 180 - fine / 2) / fine - rounding));
        const taken = { count: 0 };
        const latitudePart = Math.sin((line.centre - phi) / 2) ** 2;
        const across = cosOrigin * Math.cos(line.centre);
        offerCell({ line, at: east, step: 1, taken, latitudePart, across });
        offerCell({ line, at: east - 1, step: -1, taken, latitudePart, across });
        continue;
      }
      const { line } = next;
      const length = line.cells.length;
      const at = ((next.at % length) + length) % length;
      const cell = line.cells[at]!;
      [visit.cell, visit.points, visit.nearestMeters, visit.flat, visit.at] = [
        cell,
        cell.list,
        nearest,
        this.flatOf(line),
        at,
      ];
      yield visit;
      next.taken.count++;
      next.at += next.step;
      offerCell(next);
    }
  }

  /** How many of a visited cell's profiles are in `set` (a popcount of its runs of consecutive slots). */
  countIn({ cell, flat, at }: CellVisit, set: SlotSet) {
    return flat.first[at]! >= 0 ? set.countRange(flat.first[at]!, flat.end[at]!) : countRuns(runsOf(cell), set);
  }

  /**
   * How many profiles in `set` lie within `meters` of (lat, lng), row of cells by row; `inside`
   * measures one place exactly. Cells wholly inside are counted by runs (a load's consecutive cells
   * merge into one), cells on the edge place by place. Stops past `cap`: then `exact` is false.
   */
  countWithin(
    lat: number,
    lng: number,
    meters: number,
    set: SlotSet,
    cap: number,
    inside: (x: number, y: number, z: number) => boolean,
  ) {
    const latSpan = (((meters + 1) / earthRadius) * 180) / Math.PI;
    const [fromRow, toRow] = [rowOf(lat - latSpan), rowOf(lat + latSpan)];
    const [sinOrigin, cosOrigin] = [Math.sin(toRadians(lat)), Math.cos(toRadians(lat))];
    let count = 0;
    for (let row = fromRow; row <= toRow; row++) {
      const line = this.rows.get(row);
      if (!line) continue;
      // A cell whose centre is within `reach` of the search's longitude may hold a point inside;
      // one within `whole` has every point inside. Both are exact for the row's band of latitude
      // (a metre generous each way): over a band the circle is narrowest at one of its edges and
      // widest at one of them or at its widest latitude, and a cell spans half a column each side.
      const [south, north] = [toRadians(line.row * fine - 90), toRadians(line.row * fine - 90 + fine)];
      const widest = widestWithin(sinOrigin, cosOrigin, south, north, (meters + 1) / earthRadius);
      if (widest < 0) continue;
      const reach = widest + fine / 2;
      const narrowest = Math.min(
        halfWidth(sinOrigin, cosOrigin, south, (meters - 1) / earthRadius),
        halfWidth(sinOrigin, cosOrigin, north, (meters - 1) / earthRadius),
      );
      const whole = narrowest < 0 ? -1 : narrowest - fine / 2 - rounding;
      const flat = this.flatOf(line);
      const { first, end } = flat;
      let [start, stop] = [0, 0]; // the run being gathered
      // Cells wholly inside: their runs gathered where they follow on (a load's cells do), no cell touched.
      const gather = (from: number, to: number) => {
        for (let at = from; at < to; at++) {
          if (first[at]! < 0) {
            count += countRuns(runsOf(line.cells[at]!), set);
            continue;
          }
          if (first[at] === stop) stop = end[at]!;
          else {
            count += set.countRange(start, stop);
            [start, stop] = [first[at]!, end[at]!];
          }
        }
      };
      // Cells the circle may cross: measured place by place.
      const edge = (from: number, to: number) => {
        for (let at = from; at < to; at++) {
          const offset = apart(flat.lng[at]!, lng);
          if (offset > reach + rounding) continue;
          if (offset <= whole) {
            gather(at, at + 1);
            continue;
          }
          const single = first[at]! >= 0;
          if ((single ? set.countRange(first[at]!, end[at]!) : countRuns(runsOf(line.cells[at]!), set)) === 0) continue;
          for (let place = flat.start[at]!; place < flat.start[at + 1]!; place++) {
            // Only places where the filters admit someone are measured.
            const run = flat.run[place]!;
            const here =
              run >= 0
                ? set.countRange(run, run + flat.size[place]!)
                : countPoint(line.cells[at]!.list[place - flat.start[at]!]!, set);
            if (here > 0 && inside(flat.x[place]!, flat.y[place]!, flat.z[place]!)) count += here;
          }
        }
      };
      // The row's cells whose centres lie between two longitudes (a centre is at its column + ½),
      // narrowed a hair when `inner`, widened a column when not; null when that crosses the antimeridian.
      const between = (west: number, east: number, inner: boolean) => {
        const [low, high] = [(west + 180) / fine - 0.5, (east + 180) / fine - 0.5];
        const [from, to] = inner
          ? [Math.ceil(low + 1e-6), Math.floor(high - 1e-6)]
          : [Math.floor(low) - 1, Math.ceil(high) + 1];
        if (from < 0 || to >= columns) return null;
        return [lowerBound(line.columns, from), lowerBound(line.columns, to + 1)] as const;
      };
      const outer = reach + fine >= 180 ? null : between(lng - reach, lng + reach, false);
      const core = whole < 0 || !outer ? null : between(lng - whole, lng + whole, true);
      if (!outer) edge(0, line.cells.length);
      else if (!core || core[0] >= core[1]) edge(outer[0], outer[1]);
      else {
        edge(outer[0], core[0]);
        gather(core[0], core[1]);
        edge(core[1], outer[1]);
      }
      count += set.countRange(start, stop);
      if (count > cap) return { count: cap, exact: false };
    }
    return { count, exact: true };
  }

  /** Works out now what a search would on first use: every place's name order, every cell's and row's runs. */
  prepare() {
    for (const line of this.rows.values()) {
      this.flatOf(line);
    }
  }

  /** The row's flat arrays, built after a change (each place put in name order first, so its run is known). */
  private flatOf(line: Row): Flat {
    if (line.flat) return line.flat;
    const cells = line.cells.length;
    const places = line.cells.reduce((total, cell) => total + cell.list.length, 0);
    const flat: Flat = {
      first: new Int32Array(cells),
      end: new Int32Array(cells),
      lng: new Float64Array(cells),
      start: new Int32Array(cells + 1),
      x: new Float64Array(places),
      y: new Float64Array(places),
      z: new Float64Array(places),
      run: new Int32Array(places),
      size: new Int32Array(places),
    };
    let place = 0;
    line.cells.forEach((cell, at) => {
      const runs = runsOf(cell);
      [flat.first[at], flat.end[at]] = runs.length === 2 ? [runs[0]!, runs[1]!] : [-1, -1];
      flat.lng[at] = cell.lng;
      flat.start[at] = place;
      for (const point of cell.list) {
        this.inNameOrder(point);
        [flat.x[place], flat.y[place], flat.z[place]] = [point.x, point.y, point.z];
        [flat.run[place], flat.size[place]] = [point.run, point.slots.length];
        place++;
      }
    });
    flat.start[cells] = place;
    return (line.flat = flat);
  }

  /** A point's slots in name order (sorted here after a change: adds append). */
  inNameOrder(point: GeoPoint): readonly number[] {
    if (!point.sorted) {
      const slots = point.slots.sort(this.byName);
      point.run = slots.every((slot, at) => slot === slots[0]! + at) ? slots[0]! : -1;
      point.sorted = true;
    }
    return point.slots;
  }
}

function runsOf(cell: Cell) {
  if (cell.runs) return cell.runs;
  const runs: number[] = [];
  for (const slot of cell.list.flatMap((point) => point.slots).sort((a, b) => a - b)) {
    if (runs.length > 0 && runs[runs.length - 1] === slot) runs[runs.length - 1] = slot + 1;
    else runs.push(slot, slot + 1);
  }
  return (cell.runs = runs);
}

function countRuns(runs: number[], set: SlotSet) {
  let total = 0;
  for (let at = 0; at < runs.length; at += 2) total += set.countRange(runs[at]!, runs[at + 1]!);
  return total;
}

/** How many of a point's profiles are in `set`. */
function countPoint(point: GeoPoint, set: SlotSet) {
  if (point.sorted && point.run >= 0) return set.countRange(point.run, point.run + point.slots.length);
  let total = 0;
  for (const slot of point.slots) if (set.has(slot)) total++;
  return total;
}

/** A cell's number (row by row from the south pole), the first key of the order a load puts places in. */
export const cellKeyOf = (lat: number, lng: number) => rowOf(lat) * columns + columnOf(lng);
