// Client-portal scenes: a therapist's client invited to the portal and signed in from the link in
// the invitation email (read from the outbox), as the client's browser would.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Listed } from './listed-members.ts';
import { cookieFrom, json } from './members.ts';
import { call } from './referrals.ts';
import type { TestApp } from './test-app.ts';

const rowsOf = <T>(result: unknown) => (result as { rows?: T[] }).rows ?? (result as T[]);

/** The newest portal link (invitation or sign-in) mailed to `email`. */
export async function lastPortalLink(app: TestApp, email: string): Promise<string> {
  const [mail] = rowsOf<{ text: string }>(
    await app.database.db.execute(
      sql`select text from mail_outbox where "to" = ${email} and text like '%/portal/link/%' order by created_at desc limit 1`,
    ),
  );
  const link = /https?:\/\/\S+\/portal\/link\/[\w-]+/.exec(mail?.text ?? '')?.[0];
  if (!link) throw new Error(`no portal link mailed to ${email}`);
  return link;
}

/** Signs in with a portal link's token, as the link page's button does; the portal cookie. */
export async function useLink(app: TestApp, link: string): Promise<string> {
  const token = link.split('/portal/link/')[1]!;
  const response = await app.inject({ method: 'POST', url: '/api/portal/sign-in', headers: json, payload: { token } });
  expect(response.statusCode, response.body).toBe(200);
  return cookieFrom(response);
}

/** A new client of `therapist`, invited to the portal and signed in: their record id and portal cookie. */
export async function invitedClient(
  app: TestApp,
  therapist: Listed,
  { name = 'Robin Client', email = `robin.${Math.random().toString(36).slice(2, 8)}@client.example` } = {},
) {
  const created = await call(app, therapist, 'POST', '/api/clients', { name, email });
  expect(created.statusCode, created.body).toBe(201);
  const clientId = created.json<{ id: string }>().id;
  const invited = await call(app, therapist, 'POST', `/api/clients/${clientId}/invite`, {});
  expect(invited.statusCode, invited.body).toBe(200);
  const cookie = await useLink(app, await lastPortalLink(app, email));
  return { clientId, cookie, email };
}

/** A portal call as the signed-in client's browser makes it (null: nobody signed in). */
export const asClient = (app: TestApp, cookie: string | null, method: string, url: string, body?: unknown) =>
  app.inject({
    method: method as 'GET',
    url,
    headers: { ...(body === undefined ? { origin: json.origin } : json), ...(cookie ? { cookie } : {}) },
    payload: body as object,
  });
