// Posting on the opportunities board as a member would, and making a member's account old enough
// to be past the new-account limit on posts.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Opportunity } from '../../src/contracts/opportunities.ts';
import { addDays, calendarDay } from '../../src/server/lib/time.ts';
import type { Listed } from './listed-members.ts';
import { asMember } from './members.ts';
import { origin, type TestApp } from './test-app.ts';

/** A UTC day `offset` days from today. */
export const dayFrom = (offset: number) => addDays(calendarDay(null), offset);

export const jobPost = (overrides: Record<string, unknown> = {}) => ({
  kind: 'job',
  title: 'Massage therapist, prenatal focus',
  description: 'Part-time position in a quiet clinic; prenatal experience welcome.',
  postalCode: '10002',
  remote: false,
  expiresOn: dayFrom(30),
  pay: { amountCents: 4500, currency: 'USD', per: 'hour' },
  details: { employment: 'employee', hours: '20 h a week', organization: 'Lower East Side Wellness' },
  ...overrides,
});

export const roomPost = (overrides: Record<string, unknown> = {}) => ({
  kind: 'room',
  title: 'Treatment room to share',
  description: 'Sunny room with a table and sink, Saturdays free.',
  postalCode: '10003',
  remote: false,
  expiresOn: dayFrom(30),
  details: { arrangement: 'share', per: 'day', priceCents: 9000, amenities: ['table', 'sink'] },
  ...overrides,
});

/** A member request: JSON with a body, cookie-only without. */
export const callAs = (
  app: TestApp,
  who: Pick<Listed, 'cookie'> | null,
  method: string,
  url: string,
  payload?: object,
) =>
  app.inject({
    method: method as 'GET',
    url,
    headers: who ? (payload === undefined ? { cookie: who.cookie, origin } : asMember(who.cookie)) : { origin },
    payload,
  });

export async function post(app: TestApp, who: Listed, body: object): Promise<Opportunity> {
  const response = await callAs(app, who, 'POST', '/api/opportunities', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Opportunity>();
}

/** Makes the member's account 30 days old: past the new-account post limit. */
export async function ageAccount(app: TestApp, who: Pick<Listed, 'email'>) {
  await app.database.db.execute(
    sql`update "user" set created_at = now() - interval '30 days' where email = ${who.email}`,
  );
}
