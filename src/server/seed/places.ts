// Real places from the `zipcodes` package data (US ZIP codes and Canadian forward sortation
// areas), drawn the way people are spread: mostly around the big metropolitan areas, weighted by
// their population, and the rest anywhere in the two countries, so small towns appear too.
import { createRequire } from 'node:module';
import { lookupPostalCode, type Place } from '../lib/geo.ts';
import type { Random } from './random.ts';

type ZipRecord = { zip: string; latitude: number; longitude: number; city: string; country: string };
const { codes } = createRequire(import.meta.url)('zipcodes') as { codes: Record<string, ZipRecord> };

// Metropolitan areas (centre postal code, population in millions, rounded census estimates).
const metros: [string, number][] = [
  ['10001', 19.5],
  ['90012', 13],
  ['60601', 9.4],
  ['75201', 7.6],
  ['77002', 7.1],
  ['20001', 6.3],
  ['19103', 6.2],
  ['33131', 6.1],
  ['30303', 6.1],
  ['02108', 4.9],
  ['85004', 4.9],
  ['94103', 4.7],
  ['92501', 4.6],
  ['48226', 4.4],
  ['98101', 4],
  ['55401', 3.7],
  ['92101', 3.3],
  ['33602', 3.2],
  ['80202', 3],
  ['21201', 2.8],
  ['63101', 2.8],
  ['32801', 2.7],
  ['28202', 2.7],
  ['78205', 2.6],
  ['97204', 2.5],
  ['95814', 2.4],
  ['15222', 2.4],
  ['78701', 2.4],
  ['89101', 2.3],
  ['45202', 2.3],
  ['64106', 2.2],
  ['43215', 2.1],
  ['46204', 2.1],
  ['44114', 2.1],
  ['37203', 2],
  ['84101', 1.3],
  ['53202', 1.6],
  ['23219', 1.3],
  ['70112', 1.3],
  ['96813', 1],
  ['87102', 0.9],
  ['99501', 0.4],
  ['M5V', 6.2],
  ['H3B', 4.3],
  ['V6B', 2.6],
  ['T2P', 1.5],
  ['T5J', 1.4],
  ['K1P', 1.4],
  ['R3C', 0.8],
  ['G1R', 0.8],
  ['L8P', 0.8],
  ['N2G', 0.6],
  ['B3J', 0.45],
  ['V8W', 0.4],
  ['S7K', 0.3],
  ['S4P', 0.25],
  ['A1C', 0.2],
];
/** The metropolitan areas' centre postal codes (US, then Canada, roughly largest first): two thirds of the seeded professionals live within 40 km of one. */
export const metroCentres = metros.map(([code]) => code);

const metroRadiusKm = 40;
const shareInMetros = 0.65;
const canadaShareElsewhere = 0.1;
const usRegions = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  ),
);
const caRegions = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));

function distanceKm(a: ZipRecord, b: ZipRecord) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// Rural Canadian areas are named like "Eastern Alberta (st. Paul)": the town is the part in brackets.
const titleCase = (text: string) => text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
function townOf(record: ZipRecord, place: Place) {
  if (place.country !== 'CA' || record.zip[1] !== '0') return place.city;
  const bracketed = /\(([^)/]+)\)/.exec(record.city)?.[1];
  return bracketed ? titleCase(bracketed.trim()) : place.city;
}

export type SeedPlace = Place & { town: string };

export function createPlacePicker() {
  const usable = Object.values(codes).filter((record) => {
    const place = lookupPostalCode(record.zip);
    return place !== null && (place.country === 'US' ? usRegions.has(place.region) : caRegions.has(place.region));
  });
  const us = usable.filter((record) => record.country !== 'Canada');
  const ca = usable.filter((record) => record.country === 'Canada');
  const areas = metros.map(([code, millions]) => {
    const centre = codes[code]!;
    return {
      millions,
      records: usable.filter(
        (record) => record.country === centre.country && distanceKm(centre, record) <= metroRadiusKm,
      ),
    };
  });
  const placeOf = (record: ZipRecord): SeedPlace => {
    const place = lookupPostalCode(record.zip)!;
    return { ...place, town: townOf(record, place) };
  };
  return (random: Random): SeedPlace => {
    if (random.chance(shareInMetros))
      return placeOf(random.pick(random.weighted(areas, (area) => area.millions).records));
    return placeOf(random.pick(random.chance(canadaShareElsewhere) ? ca : us));
  };
}
