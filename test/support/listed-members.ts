// Members with listed profiles, made the way a person would: sign up, then fill in the profile.
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { ProfileUpdate } from '../../src/contracts/profile.ts';
import { asMember, signUp } from './members.ts';
import type { TestApp } from './test-app.ts';

export type Listed = { name: string; slug: string; cookie: string; email: string };

export async function listMember(app: TestApp, profile: ProfileUpdate & { displayName: string }): Promise<Listed> {
  const local =
    profile.displayName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.+|\.+$/g, '') || 'member';
  const member = await signUp(
    app,
    profile.displayName,
    `${local}.${Math.random().toString(36).slice(2, 7)}@example.com`,
  );
  const response = await app.inject({
    method: 'PUT',
    url: '/api/me/profile',
    headers: asMember(member.cookie),
    payload: { visibility: 'public', ...profile },
  });
  expect(response.statusCode, response.body).toBe(200);
  return {
    name: profile.displayName,
    slug: response.json<{ slug: string }>().slug,
    cookie: member.cookie,
    email: member.email,
  };
}

type ZipRecord = { latitude: number; longitude: number };
const zipcodes = createRequire(import.meta.url)('zipcodes') as { lookup: (code: string) => ZipRecord | undefined };

// earthdistance's earth() radius, in km (PostgreSQL docs, F.15); the great-circle formula is haversine.
const earthRadiusKm = 6378.168;

/** Great-circle distance between two postal codes' centroids (the package's coordinates), in miles or km. */
export function haversine(fromCode: string, toCode: string, unit: 'mi' | 'km' = 'mi') {
  const a = zipcodes.lookup(fromCode)!;
  const b = zipcodes.lookup(toCode)!;
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  const km = 2 * earthRadiusKm * Math.asin(Math.sqrt(h));
  return unit === 'km' ? km : km / 1.609344;
}
