import { describe, expect, it } from 'vitest';
import { chord, chordToMeters, metersToChord, originPoint, rowPoint } from '../../../lib/earth.ts';
import { createRandom } from '../../../seed/random.ts';
import { Bitset } from './bitset.ts';
import { GeoCells } from './geo-cells.ts';

// countWithin counts a circle row by row, most of it by runs of slots without measuring: it must
// give what measuring every profile gives, at the radius's very edge, across the antimeridian, near
// a pole, and after profiles were added and moved (runs no longer consecutive).
type Place = { lat: number; lng: number };

function within(origin: Place, meters: number, place: Place) {
  const { x, y, z } = rowPoint(place.lat, place.lng);
  return withinPoint(origin, meters, x, y, z);
}

function withinPoint(origin: Place, meters: number, x: number, y: number, z: number) {
  const from = originPoint(origin.lat, origin.lng);
  const half = metersToChord(meters);
  if (Math.abs(x - from.x) > half || Math.abs(y - from.y) > half || Math.abs(z - from.z) > half) return false;
  return chordToMeters(chord(from, x, y, z)) <= meters;
}

function world(seed: number, centres: Place[], perCentre: number, spread: number) {
  const random = createRandom(seed);
  const places: Place[] = [];
  for (const centre of centres)
    for (let at = 0; at < perCentre; at++) {
      const lat = Math.max(-90, Math.min(90, centre.lat + (random.next() - 0.5) * spread));
      let lng = centre.lng + (random.next() - 0.5) * spread * 2;
      if (lng >= 180) lng -= 360;
      if (lng < -180) lng += 360;
      // Shared places, as practices share postal codes.
      const round = random.next() < 0.5 ? 100 : 10_000;
      places.push({ lat: Math.round(lat * round) / round, lng: Math.round(lng * round) / round });
    }
  // As a load leaves them: slots in place order (cell, then place).
  const order = places
    .map((place, slot) => ({ place, slot }))
    .sort((a, b) => a.place.lat - b.place.lat || a.place.lng - b.place.lng);
  return order.map((entry) => entry.place);
}

function check(cells: GeoCells, places: (Place | null)[], origin: Place, meters: number, set: Bitset) {
  let expected = 0;
  for (const [slot, place] of places.entries()) if (place && set.has(slot) && within(origin, meters, place)) expected++;
  const measure = (x: number, y: number, z: number) => withinPoint(origin, meters, x, y, z);
  const counted = cells.countWithin(origin.lat, origin.lng, meters, set, Number.POSITIVE_INFINITY, measure);
  expect(counted, `${origin.lat},${origin.lng} ${Math.round(meters)} m`).toEqual({ count: expected, exact: true });
  return expected;
}

describe('GeoCells.countWithin', () => {
  const centres = [
    { lat: 40.75, lng: -73.99 },
    { lat: 0.05, lng: 179.95 },
    { lat: 89.2, lng: 10 },
    { lat: -33.9, lng: 151.2 },
  ];

  it('counts what measuring every profile counts, at the edge, across the antimeridian and near a pole', () => {
    const places: (Place | null)[] = world(5, centres, 700, 3);
    const cells = new GeoCells((a, b) => a - b);
    for (const [slot, place] of places.entries()) cells.add(slot, place!.lat, place!.lng);
    const random = createRandom(9);
    const set = new Bitset(places.length);
    for (let slot = 0; slot < places.length; slot++) if (random.next() < 0.6) set.add(slot);
    let found = 0;
    // The pole itself as an origin: there, distance does not depend on longitude.
    for (const centre of [...centres, { lat: 90, lng: 0 }])
      for (const meters of [0, 500, 5_000, 40_000, 160_000, 400_000]) {
        found += check(cells, places, centre, meters, set);
        // Exactly at a profile: the radius's edge passes through places.
        const place = places[random.int(0, places.length - 1)]!;
        const edge = chordToMeters(
          chord(
            originPoint(centre.lat, centre.lng),
            ...(Object.values(rowPoint(place.lat, place.lng)) as [number, number, number]),
          ),
        );
        found += check(cells, places, centre, edge, set);
        found += check(cells, places, centre, edge - 0.001, set);
      }
    expect(found).toBeGreaterThan(1000);
  });

  it('stays exact after profiles are added, moved and removed, and stops past the cap', () => {
    const places: (Place | null)[] = world(6, centres.slice(0, 2), 900, 2);
    const cells = new GeoCells((a, b) => a - b);
    for (const [slot, place] of places.entries()) cells.add(slot, place!.lat, place!.lng);
    const random = createRandom(10);
    for (let change = 0; change < 400; change++) {
      const slot = random.int(0, places.length - 1);
      const place = places[slot];
      if (place) cells.remove(slot, place.lat, place.lng);
      const roll = random.next();
      if (roll < 0.3) places[slot] = null;
      else {
        const moved = {
          lat: Math.round((40 + random.next() * 1.5) * 100) / 100,
          lng: Math.round((-75 + random.next() * 2) * 100) / 100,
        };
        places[slot] = moved;
        cells.add(slot, moved.lat, moved.lng);
      }
      if (roll > 0.9) {
        // A new profile, on a slot past the load's.
        const added = { lat: 40.7 + random.next() * 0.2, lng: -74 + random.next() * 0.2 };
        cells.add(places.length, added.lat, added.lng);
        places.push(added);
      }
    }
    const set = new Bitset(places.length);
    for (let slot = 0; slot < places.length; slot++) if (random.next() < 0.7) set.add(slot);
    for (const meters of [1_000, 20_000, 80_000, 300_000]) check(cells, places, centres[0]!, meters, set);
    const all = check(cells, places, centres[0]!, 300_000, set);
    const measure = (x: number, y: number, z: number) => withinPoint(centres[0]!, 300_000, x, y, z);
    expect(cells.countWithin(40.75, -73.99, 300_000, set, all - 1, measure)).toEqual({ count: all - 1, exact: false });
    expect(cells.countWithin(40.75, -73.99, 300_000, set, all, measure)).toEqual({ count: all, exact: true });
  });

  it('walks every cell that holds a place within the radius, each visit a lower bound of every place not yet walked', () => {
    // And a ring of places around the north pole, every degree of longitude.
    const ring = Array.from({ length: 360 }, (_, at) => ({ lat: 89.5 + (at % 5) / 10, lng: at - 179.5 }));
    const places = [...world(7, centres, 500, 4), ...ring];
    const cells = new GeoCells((a, b) => a - b);
    for (const [slot, place] of places.entries()) cells.add(slot, place.lat, place.lng);
    const random = createRandom(12);
    const distance = (origin: Place, place: Place) => {
      const { x, y, z } = rowPoint(place.lat, place.lng);
      return chordToMeters(chord(originPoint(origin.lat, origin.lng), x, y, z));
    };
    for (const centre of [...centres, { lat: 90, lng: 0 }, { lat: 89.8, lng: 30 }, { lat: 0.05, lng: -179.95 }]) {
      for (const meters of [300, 8_000, 60_000, 250_000, 2_000_000]) {
        const origin = { lat: Math.min(90, centre.lat + (random.next() - 0.5) * 0.3), lng: centre.lng };
        const walked: Place[][] = [];
        const bounds: number[] = [];
        for (const visit of cells.around(origin.lat, origin.lng, meters)) {
          walked.push(visit.points.map((point) => ({ lat: point.lat, lng: point.lng })));
          bounds.push(visit.nearestMeters);
        }
        // Each visit's bound is at most the distance of every place in it and in every later visit.
        let nearestLater = Number.POSITIVE_INFINITY;
        for (let at = walked.length - 1; at >= 0; at--) {
          for (const place of walked[at]!) nearestLater = Math.min(nearestLater, distance(origin, place));
          expect(bounds[at]!, `${origin.lat},${origin.lng} ${meters} m, visit ${at}`).toBeLessThanOrEqual(nearestLater);
        }
        const seen = new Set(walked.flat().map((place) => `${place.lat},${place.lng}`));
        for (const place of places)
          if (within(origin, meters, place))
            expect(seen.has(`${place.lat},${place.lng}`), `${place.lat},${place.lng}`).toBe(true);
      }
    }
  });
});
