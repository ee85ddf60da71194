// Treatment trades through the API, as a member's browser would call it.
import { expect } from 'vitest';
import type { Ledger, Trade } from '../../src/contracts/trades.ts';
import type { Listed } from './listed-members.ts';
import { asMember } from './members.ts';
import { origin, type TestApp } from './test-app.ts';

export type Term = { service: string; minutes: number };

/** A member's call to the API as their browser makes it (JSON body, Origin), or an anonymous one (`who` null). */
export const memberCall = (
  app: TestApp,
  who: Pick<Listed, 'cookie'> | null,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
) =>
  app.inject({
    method,
    url,
    headers:
      body === undefined
        ? { origin, ...(who ? { cookie: who.cookie } : {}) }
        : who
          ? asMember(who.cookie)
          : { 'content-type': 'application/json', origin },
    payload: body as object,
  });
export const tradeCall = memberCall;

export async function propose(app: TestApp, from: Listed, to: Listed, give: Term, receive: Term, note?: string) {
  const response = await tradeCall(app, from, 'POST', '/api/trades', {
    toMemberSlug: to.slug,
    give,
    receive,
    ...(note ? { note } : {}),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Trade>();
}

export const move = (app: TestApp, who: Listed, id: string, body: Record<string, unknown>) =>
  tradeCall(app, who, 'POST', `/api/trades/${id}/transitions`, body);

/** A transition that must succeed; returns the trade as the caller now sees it. */
export async function moved(app: TestApp, who: Listed, id: string, body: Record<string, unknown>) {
  const response = await move(app, who, id, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Trade>();
}

export const tradeOf = async (app: TestApp, who: Listed, id: string) =>
  (await tradeCall(app, who, 'GET', `/api/trades/${id}`)).json<Trade>();
export const ledgerOf = async (app: TestApp, who: Listed) => {
  const response = await tradeCall(app, who, 'GET', '/api/trades/ledger');
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Ledger>();
};
export const reasonOf = (response: { json: () => unknown }) =>
  (response.json() as { error: { details?: { reason?: string } } }).error.details?.reason;
