// Profiles by place: fine cells of a tenth of a degree, grouped in whole-degree blocks. A search near
// a point walks the cells that can reach it nearest first (blocks opened as they come up), each with
// a lower bound of its profiles' distance, so a search that needs only the closest page and a count
// up to the cap stops after a few cells even at a 500-mile radius. A cell also carries an upper
// bound, so one lying wholly inside the radius is counted without measuring each profile.
// Within a cell, profiles at the very same place (a practice's postal code is where it is shown, so
// a city's practices share a few dozen points) form one point: measured once, its profiles kept in
// the directory's name order, so a page near a place offers only the names that can still enter it.
import { earthRadius, rowPoint } from '../../../lib/earth.ts';
import type { Bitset } from './bitset.ts';

const fine = 0.1;
const perBlock = 10; // fine cells per block side: blocks are one degree
const columns = 3600; // fine columns around the earth
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

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
/** A square's centre on the unit sphere and its slack: half its diagonal and a metre (see `around`). */
type Square = { cx: number; cy: number; cz: number; slack: number };
type Cell = Square & {
  key: number;
  row: number;
  column: number;
  points: Map<string, GeoPoint>;
  list: GeoPoint[];
  /** The cell's slots as runs of consecutive numbers [start, end, start, end, …]; null after a change. */
  runs: number[] | null;
};
type Block = Square & { key: number; row: number; column: number; cells: Set<Cell> };
export type CellVisit = { cell: Cell; points: readonly GeoPoint[]; nearestMeters: number; whollyWithin: boolean };
const pointKey = (lat: number, lng: number) => `${lat},${lng}`;

/** Great-circle metres (haversine); only for the cells' conservative bounds. */
function metersBetween(lat1: number, lng1: number, lat2: number, lng2: number) {
  const [phi1, phi2] = [toRadians(lat1), toRadians(lat2)];
  const h =
    Math.sin((phi2 - phi1) / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(toRadians(lng2 - lng1) / 2) ** 2;
  return 2 * earthRadius * Math.asin(Math.min(1, Math.sqrt(h)));
}

// Half the diagonal of a rectangle `size` degrees square whose south edge is at `south`: the
// farthest any of its points lies from its centre (its corners nearer the equator are widest).
const halfDiagonals = new Map<number, number>();
function halfDiagonal(south: number, size: number) {
  const key = south * 1000 + size;
  let value = halfDiagonals.get(key);
  if (value === undefined) {
    const [centreLat, north] = [south + size / 2, south + size];
    value = Math.max(metersBetween(centreLat, 0, south, size / 2), metersBetween(centreLat, 0, north, size / 2));
    halfDiagonals.set(key, value);
  }
  return value;
}

/** Distance from a point to a latitude–longitude square's centre; its half diagonal (and a metre) is the slack either way. */
function square(south: number, west: number, size: number): Square {
  const [phi, lambda] = [toRadians(south + size / 2), toRadians(west + size / 2)];
  return {
    cx: Math.cos(phi) * Math.cos(lambda),
    cy: Math.cos(phi) * Math.sin(lambda),
    cz: Math.sin(phi),
    slack: halfDiagonal(south, size) + 1,
  };
}

const rowOf = (lat: number) => Math.min(1799, Math.max(0, Math.floor((lat + 90) / fine)));
const columnOf = (lng: number) => Math.floor(((((lng + 180) % 360) + 360) % 360) / fine) % columns;

/** A min-heap of cells and blocks by their nearest distance, with each one's farthest (parallel arrays: no entry objects). */
class Nearest<T> {
  private keys: number[] = [];
  private farthest: number[] = [];
  private items: T[] = [];
  /** The farthest distance of the entry pop() returned last. */
  poppedFarthest = 0;
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items.length > 0 ? this.keys[0]! : Number.POSITIVE_INFINITY;
  }
  push(at: number, farthest: number, item: T) {
    const { keys, items } = this;
    keys.push(at);
    this.farthest.push(farthest);
    items.push(item);
    for (let index = items.length - 1; index > 0;) {
      const parent = (index - 1) >> 1;
      if (keys[parent]! <= keys[index]!) break;
      this.swap(parent, index);
      index = parent;
    }
  }
  pop(): T {
    const { keys, items, farthest } = this;
    const top = items[0]!;
    this.poppedFarthest = farthest[0]!;
    const [lastKey, lastFarthest, lastItem] = [keys.pop()!, farthest.pop()!, items.pop()!];
    if (items.length > 0) {
      [keys[0], farthest[0], items[0]] = [lastKey, lastFarthest, lastItem];
      for (let index = 0; ;) {
        const [left, right] = [2 * index + 1, 2 * index + 2];
        let smallest = index;
        if (left < items.length && keys[left]! < keys[smallest]!) smallest = left;
        if (right < items.length && keys[right]! < keys[smallest]!) smallest = right;
        if (smallest === index) break;
        this.swap(smallest, index);
        index = smallest;
      }
    }
    return top;
  }
  private swap(a: number, b: number) {
    const { keys, farthest, items } = this;
    [keys[a], keys[b]] = [keys[b]!, keys[a]!];
    [farthest[a], farthest[b]] = [farthest[b]!, farthest[a]!];
    [items[a], items[b]] = [items[b]!, items[a]!];
  }
}

export class GeoCells {
  private cells = new Map<number, Cell>();
  private blocks = new Map<number, Block>();
  private byName: (a: number, b: number) => number;

  /** `byName` orders slots as the directory lists names (NameOrder.compare). */
  constructor(byName: (a: number, b: number) => number) {
    this.byName = byName;
  }

  add(slot: number, lat: number, lng: number) {
    const [row, column] = [rowOf(lat), columnOf(lng)];
    const key = row * columns + column;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {
        key,
        row,
        column,
        points: new Map(),
        list: [],
        runs: null,
        ...square(row * fine - 90, column * fine - 180, fine),
      };
      this.cells.set(key, cell);
      const [blockRow, blockColumn] = [Math.floor(row / perBlock), Math.floor(column / perBlock)];
      const blockKey = blockRow * (columns / perBlock) + blockColumn;
      let block = this.blocks.get(blockKey);
      if (!block)
        this.blocks.set(
          blockKey,
          (block = {
            key: blockKey,
            row: blockRow,
            column: blockColumn,
            cells: new Set(),
            ...square(blockRow * perBlock * fine - 90, blockColumn * perBlock * fine - 180, perBlock * fine),
          }),
        );
      block.cells.add(cell);
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
    // Sorted when a search first needs it: the slot's name may be set after its place (ProfileStore.put).
    point.sorted = false;
  }

  /** Takes a slot out; (lat, lng) is where it was added. */
  remove(slot: number, lat: number, lng: number) {
    const cell = this.cells.get(rowOf(lat) * columns + columnOf(lng));
    const point = cell?.points.get(pointKey(lat, lng));
    const at = point ? point.slots.indexOf(slot) : -1;
    if (!cell || !point || at < 0) return;
    point.slots.splice(at, 1);
    point.sorted = false;
    cell.runs = null;
    if (point.slots.length > 0) return;
    cell.points.delete(pointKey(lat, lng));
    cell.list.splice(cell.list.indexOf(point), 1);
    if (cell.list.length > 0) return;
    this.cells.delete(cell.key);
    const blockKey = Math.floor(cell.row / perBlock) * (columns / perBlock) + Math.floor(cell.column / perBlock);
    const block = this.blocks.get(blockKey)!;
    block.cells.delete(cell);
    if (block.cells.size === 0) this.blocks.delete(blockKey);
  }

  /**
   * The cells that may hold a point within `meters` of (lat, lng), nearest first (lazily: stop
   * iterating when the rest cannot matter). Bounds are a metre generous, so rounding never cuts a
   * profile off.
   */
  *around(lat: number, lng: number, meters: number): Generator<CellVisit> {
    const blockSize = fine * perBlock;
    const blockRows = 180 / blockSize;
    const blockColumns = columns / perBlock;
    const angle = (meters + 1) / earthRadius;
    const latSpan = (angle * 180) / Math.PI;
    const [fromRow, toRow] = [
      Math.max(0, Math.floor((lat - latSpan + 90) / blockSize)),
      Math.min(blockRows - 1, Math.floor((lat + latSpan + 90) / blockSize)),
    ];
    const widest = Math.sin(angle) / Math.cos(toRadians(lat));
    const lngSpan = angle >= Math.PI / 2 || widest >= 1 ? 180 : (Math.asin(widest) * 180) / Math.PI + blockSize;
    const spanColumns = Math.min(blockColumns, Math.ceil((2 * lngSpan) / blockSize) + 1);
    const firstColumn = Math.floor(((((lng - lngSpan + 180) % 360) + 360) % 360) / blockSize) % blockColumns;

    const queue = new Nearest<Block | Cell>();
    // Great-circle metres from (lat, lng) to a square's centre, by the chord between unit vectors.
    const [phi, lambda] = [toRadians(lat), toRadians(lng)];
    const [ox, oy, oz] = [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
    const offer = (square: Block | Cell) => {
      const [dx, dy, dz] = [ox - square.cx, oy - square.cy, oz - square.cz];
      const centre = 2 * earthRadius * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
      if (centre - square.slack <= meters) queue.push(centre - square.slack, centre + square.slack, square);
    };
    if ((toRow - fromRow + 1) * spanColumns < this.blocks.size) {
      for (let row = fromRow; row <= toRow; row++)
        for (let step = 0; step < spanColumns; step++) {
          const block = this.blocks.get(row * blockColumns + ((firstColumn + step) % blockColumns));
          if (block) offer(block);
        }
    } else {
      for (const block of this.blocks.values())
        if (
          block.row >= fromRow &&
          block.row <= toRow &&
          (block.column - firstColumn + blockColumns) % blockColumns < spanColumns
        )
          offer(block);
    }
    // One visit, refilled for each cell: the caller reads it before asking for the next.
    const visit: CellVisit = { cell: null as unknown as Cell, points: [], nearestMeters: 0, whollyWithin: false };
    while (queue.size > 0) {
      const nearest = queue.peek();
      const next = queue.pop();
      if ('cells' in next) {
        for (const cell of next.cells) offer(cell);
      } else {
        [visit.cell, visit.points, visit.nearestMeters] = [next, next.list, nearest];
        visit.whollyWithin = queue.poppedFarthest <= meters;
        yield visit;
      }
    }
  }

  /**
   * How many of a cell's profiles are in `set`. A load puts profiles in place order (ProfileStore.placeOrder),
   * so a cell's slots are a few runs of consecutive numbers, counted a word (32 slots) at a time.
   */
  countIn({ cell }: CellVisit, set: Bitset) {
    const runs = (cell.runs ??= runsOf(cell.list.flatMap((point) => point.slots).sort((a, b) => a - b)));
    let total = 0;
    for (let at = 0; at < runs.length; at += 2) total += set.countRange(runs[at]!, runs[at + 1]!);
    return total;
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

function runsOf(ascending: number[]) {
  const runs: number[] = [];
  for (const slot of ascending) {
    if (runs.length > 0 && runs[runs.length - 1] === slot) runs[runs.length - 1] = slot + 1;
    else runs.push(slot, slot + 1);
  }
  return runs;
}

/** A cell's number (row by row from the south pole), the first key of the order a load puts places in. */
export const cellKeyOf = (lat: number, lng: number) => rowOf(lat) * columns + columnOf(lng);
