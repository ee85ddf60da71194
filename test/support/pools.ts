// Group purchasing pools through the API, as the web app calls it.
import { expect } from 'vitest';
import type { Pool, PoolCreate } from '../../src/contracts/pools.ts';
import type { Listed } from './listed-members.ts';
import { json } from './members.ts';
import { origin, type TestApp } from './test-app.ts';

const hour = 3600_000;

/** A pool of 10 units minimum at $10, with tiers at 5 ($9), 10 ($8) and 20 ($7), due in `hoursAhead` hours. */
export const poolBody = (overrides: Partial<PoolCreate> = {}, hoursAhead = 72): PoolCreate => ({
  title: 'Unscented massage oil, bulk',
  item: 'Massage oil, 1 gallon',
  supplier: 'Bodywork Supply Co.',
  unitPrice: 1000,
  tiers: [
    { minQuantity: 5, unitPrice: 900 },
    { minQuantity: 10, unitPrice: 800 },
    { minQuantity: 20, unitPrice: 700 },
  ],
  minimumQuantity: 10,
  deadline: new Date(Date.now() + hoursAhead * hour).toISOString(),
  ...overrides,
});

export function poolCall(
  app: TestApp,
  who: Pick<Listed, 'cookie'> | null,
  method: string,
  url: string,
  body?: unknown,
) {
  // No body, no content-type: as a browser sends a DELETE or a bodiless POST.
  const headers = body === undefined ? { origin } : json;
  return app.inject({
    method: method as 'GET',
    url,
    headers: who ? { ...headers, cookie: who.cookie } : headers,
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

export async function startPool(app: TestApp, who: Listed, overrides: Partial<PoolCreate> = {}, hoursAhead = 72) {
  const response = await poolCall(app, who, 'POST', '/api/pools', poolBody(overrides, hoursAhead));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Pool>();
}

export async function pledge(app: TestApp, who: Listed, poolId: string, quantity: number) {
  const response = await poolCall(app, who, 'POST', `/api/pools/${poolId}/pledges`, { quantity });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Pool>();
}

/** Moves a pool's deadline into the past, as if time had passed (the close job compares with now). */
export const makeDue = (app: TestApp, poolId: string) =>
  app.database.db.execute(`update pools set deadline = now() - interval '1 second' where id = '${poolId}'`);
