// Circles through the API, as a member's browser would call it.
import { expect } from 'vitest';
import type { Circle, CircleList, CircleMember } from '../../src/contracts/circles.ts';
import type { Listed } from './listed-members.ts';
import { origin, type TestApp } from './test-app.ts';

type Who = Pick<Listed, 'cookie'> | { cookie: string } | null;

export const circleCall = (
  app: TestApp,
  who: Who,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
) =>
  app.inject({
    method,
    url,
    headers: {
      origin,
      ...(who ? { cookie: who.cookie } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: body as object }),
  });

export const circleBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Boston Sports Massage Study Group',
  kind: 'study-group',
  description: 'We read one paper a month and practise the techniques together.',
  visibility: 'public',
  postalCode: '02139',
  online: false,
  ...overrides,
});

export async function startCircle(app: TestApp, who: Listed, overrides: Record<string, unknown> = {}) {
  const response = await circleCall(app, who, 'POST', '/api/circles', circleBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Circle & { invited: { members: number; emails: number } }>();
}

export async function findCircles(app: TestApp, who: Who, query: string) {
  const response = await circleCall(app, who, 'GET', `/api/circles?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CircleList>();
}

export const join = (app: TestApp, who: Who, circleId: string) =>
  circleCall(app, who, 'POST', `/api/circles/${circleId}/members`);

/** A join that must succeed; the circle as the joiner now sees it. */
export async function joined(app: TestApp, who: Who, circleId: string) {
  const response = await join(app, who, circleId);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Circle>();
}

export async function membersOf(app: TestApp, who: Who, circleId: string, status = 'active') {
  const response = await circleCall(app, who, 'GET', `/api/circles/${circleId}/members?status=${status}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: CircleMember[] }>().items;
}

/** The member id of the person with this profile slug in the circle, as an organizer sees it. */
export async function memberIdOf(app: TestApp, organizer: Who, circleId: string, slug: string, status = 'active') {
  const found = (await membersOf(app, organizer, circleId, status)).find((each) => each.member?.slug === slug);
  expect(found, `${slug} among the ${status} members`).toBeDefined();
  return found!.id;
}

export const errorOf = (response: { json: () => unknown }) =>
  (
    response.json() as {
      error: { code: string; message: string; reason?: string; details?: { field: string; message: string }[] };
    }
  ).error;

/** A small PDF uploaded to a circle for a post, as a browser's multipart form sends it. */
export async function uploadPdf(
  app: TestApp,
  who: Who,
  circleId: string,
  bytes = Buffer.from('%PDF-1.4\n% a handout\n'),
) {
  const boundary = 'kneadwork-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="handout.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await app.inject({
    method: 'POST',
    url: `/api/circles/${circleId}/attachments`,
    headers: {
      origin,
      ...(who ? { cookie: who.cookie } : {}),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
  return Object.assign(response, { file: response.statusCode === 201 ? response.json<{ file: string }>().file : '' });
}
