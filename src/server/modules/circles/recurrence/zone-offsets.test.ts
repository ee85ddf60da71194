// The numeric zone placement used on the hot path against Temporal's own 'compatible'
// disambiguation (RFC 5545 §3.3.5), for every half hour of 2026–2027 in zones with whole-hour,
// half-hour and no daylight-saving changes.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { instantOfWall, isoInZone, localOfWall, wallOfLocal } from './zone-offsets.ts';

const zones = [
  'America/Boise',
  'America/New_York',
  'America/St_Johns',
  'America/Regina',
  'Pacific/Auckland',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Europe/London',
];

describe('placing a wall-clock time on a zone', () => {
  for (const zone of zones)
    it(`agrees with Temporal for every half hour of 2026–2027 in ${zone}`, () => {
      const mismatches: string[] = [];
      for (let wall = Date.UTC(2026, 0, 1); wall < Date.UTC(2028, 0, 1); wall += 30 * 60_000) {
        const local = localOfWall(wall);
        const zoned = Temporal.PlainDateTime.from(local).toZonedDateTime(zone, { disambiguation: 'compatible' });
        const at = instantOfWall(zone, wall);
        const iso = zoned.toString({ smallestUnit: 'second', timeZoneName: 'never' });
        if (at !== zoned.epochMilliseconds || isoInZone(zone, at) !== iso) mismatches.push(local);
      }
      expect(mismatches).toEqual([]);
    });

  it('writes calendar fields like toISOString from 1970 to 2200', () => {
    const wrong: string[] = [];
    for (let wall = 0; wall < Date.UTC(2200, 0, 1); wall += 7_919 * 60_000) {
      const expected = new Date(wall).toISOString().slice(0, 16);
      if (localOfWall(wall) !== expected) wrong.push(expected);
    }
    expect(wrong).toEqual([]);
  });

  it('reads and writes local times without the process zone', () => {
    expect(localOfWall(wallOfLocal('2027-03-09T12:00'))).toBe('2027-03-09T12:00');
    expect(isoInZone('America/St_Johns', Date.UTC(2027, 2, 14, 6, 0))).toBe('2027-03-14T03:30:00-02:30');
  });
});
