// Calls to the collaborations API as a member (or anonymously), and what the tests make there.
import { expect } from 'vitest';
import type { Listed } from './listed-members.ts';
import { asMember } from './members.ts';
import { origin, type TestApp } from './test-app.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export function collabCall(
  app: TestApp,
  who: Pick<Listed, 'cookie'> | null,
  method: Method,
  url: string,
  body?: unknown,
) {
  const headers: Record<string, string> = who ? asMember(who.cookie) : { origin, 'content-type': 'application/json' };
  // A POST or PUT always carries a JSON object, as the web client sends; GET and DELETE none.
  const payload = body ?? (method === 'POST' || method === 'PUT' ? {} : undefined);
  if (payload === undefined) delete headers['content-type'];
  return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload }) });
}

/** Calls and expects `status`; answers the JSON body. */
export async function collabOk<T = Record<string, unknown>>(
  app: TestApp,
  who: Pick<Listed, 'cookie'> | null,
  method: Method,
  url: string,
  body?: unknown,
  status = 200,
) {
  const response = await collabCall(app, who, method, url, body);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
  return response.json<T>();
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
export const inDays = day;

export const campaignBody = (inviteSlugs: string[] = [], title = 'Spring wellness week') => ({
  title,
  description: 'Three practices, one week of offers.',
  startsOn: day(1),
  endsOn: day(8),
  inviteSlugs,
});

export const volunteerBody = (capacity = 2, startsInHours = 48) => {
  const start = new Date(Date.now() + startsInHours * 3_600_000);
  return {
    title: 'Marathon recovery tent',
    description: 'Post-race massage for runners.',
    place: 'Finish line, Waterfront Park',
    shifts: [
      { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(), capacity },
    ],
  };
};

export const researchBody = (title = 'Massage for chronic low back pain') => ({
  title,
  description: 'A pilot study of weekly massage for people with chronic low back pain.',
});

export const couplesBody = (postalCode = '97204', onDate = day(10)) => ({
  onDate,
  postalCode,
  note: 'Holiday couples session, need a second therapist.',
});

/** Makes the members' accounts older than the new-account window. */
export async function ageAccounts(app: TestApp, members: Pick<Listed, 'email'>[]) {
  const { sql } = await import('drizzle-orm');
  for (const member of members)
    await app.database.db.execute(
      sql`UPDATE "user" SET created_at = now() - interval '30 days' WHERE email = ${member.email}`,
    );
}
