// Profiles by place: fine cells of a tenth of a degree, grouped in whole-degree blocks. A search near
// a point walks the cells that can reach it nearest first (blocks opened as they come up), each with
// a lower bound of its profiles' distance, so a search that needs only the closest page and a count
// up to the cap stops after a few cells even at a 500-mile radius. A cell also carries an upper
// bound, so one lying wholly inside the radius is counted without measuring each profile.
import { earthRadius } from '../../../lib/earth.ts';

const fine = 0.1;
const perBlock = 10; // fine cells per block side: blocks are one degree
const columns = 3600; // fine columns around the earth
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

type Cell = { key: number; row: number; column: number; slots: number[] };
type Block = { key: number; row: number; column: number; cells: Set<Cell> };
export type CellVisit = { slots: number[]; nearestMeters: number; whollyWithin: boolean };

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

/** Least and greatest distance from a point to a latitude–longitude square: its centre's, less and plus its half diagonal (and a metre). */
function reachOf(lat: number, lng: number, south: number, west: number, size: number) {
  const centre = metersBetween(lat, lng, south + size / 2, west + size / 2);
  const half = halfDiagonal(south, size) + 1;
  return { nearest: centre - half, farthest: centre + half };
}

const rowOf = (lat: number) => Math.min(1799, Math.max(0, Math.floor((lat + 90) / fine)));
const columnOf = (lng: number) => Math.floor(((((lng + 180) % 360) + 360) % 360) / fine) % columns;

/** A min-heap of cells and blocks by their nearest distance. */
class Nearest<T> {
  private items: { at: number; item: T }[] = [];
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0]?.at ?? Number.POSITIVE_INFINITY;
  }
  push(at: number, item: T) {
    const items = this.items;
    items.push({ at, item });
    for (let index = items.length - 1; index > 0;) {
      const parent = (index - 1) >> 1;
      if (items[parent]!.at <= items[index]!.at) break;
      [items[parent], items[index]] = [items[index]!, items[parent]!];
      index = parent;
    }
  }
  pop(): T {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      for (let index = 0; ;) {
        const [left, right] = [2 * index + 1, 2 * index + 2];
        let smallest = index;
        if (left < items.length && items[left]!.at < items[smallest]!.at) smallest = left;
        if (right < items.length && items[right]!.at < items[smallest]!.at) smallest = right;
        if (smallest === index) break;
        [items[smallest], items[index]] = [items[index]!, items[smallest]!];
        index = smallest;
      }
    }
    return top.item;
  }
}

export class GeoCells {
  private cells = new Map<number, Cell>();
  private blocks = new Map<number, Block>();

  add(slot: number, lat: number, lng: number) {
    const [row, column] = [rowOf(lat), columnOf(lng)];
    const key = row * columns + column;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { key, row, column, slots: [] };
      this.cells.set(key, cell);
      const [blockRow, blockColumn] = [Math.floor(row / perBlock), Math.floor(column / perBlock)];
      const blockKey = blockRow * (columns / perBlock) + blockColumn;
      let block = this.blocks.get(blockKey);
      if (!block)
        this.blocks.set(blockKey, (block = { key: blockKey, row: blockRow, column: blockColumn, cells: new Set() }));
      block.cells.add(cell);
    }
    cell.slots.push(slot);
  }

  /** Takes a slot out; (lat, lng) is where it was added. */
  remove(slot: number, lat: number, lng: number) {
    const cell = this.cells.get(rowOf(lat) * columns + columnOf(lng));
    const at = cell ? cell.slots.indexOf(slot) : -1;
    if (!cell || at < 0) return;
    cell.slots[at] = cell.slots[cell.slots.length - 1]!;
    cell.slots.pop();
    if (cell.slots.length > 0) return;
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

    const queue = new Nearest<{ block: Block } | { cell: Cell; farthest: number }>();
    const consider = (block: Block) => {
      const reach = reachOf(lat, lng, block.row * blockSize - 90, block.column * blockSize - 180, blockSize);
      if (reach.nearest <= meters) queue.push(reach.nearest, { block });
    };
    if ((toRow - fromRow + 1) * spanColumns < this.blocks.size) {
      for (let row = fromRow; row <= toRow; row++)
        for (let step = 0; step < spanColumns; step++) {
          const block = this.blocks.get(row * blockColumns + ((firstColumn + step) % blockColumns));
          if (block) consider(block);
        }
    } else {
      for (const block of this.blocks.values())
        if (
          block.row >= fromRow &&
          block.row <= toRow &&
          (block.column - firstColumn + blockColumns) % blockColumns < spanColumns
        )
          consider(block);
    }
    while (queue.size > 0) {
      const nearest = queue.peek();
      const next = queue.pop();
      if ('block' in next) {
        for (const cell of next.block.cells) {
          const reach = reachOf(lat, lng, cell.row * fine - 90, cell.column * fine - 180, fine);
          if (reach.nearest <= meters) queue.push(reach.nearest, { cell, farthest: reach.farthest });
        }
      } else yield { slots: next.cell.slots, nearestMeters: nearest, whollyWithin: next.farthest <= meters };
    }
  }
}
