// Shared set-up for the offers and certificates tests: members, contacts, offers and certificates
// made through the API where it exists; contacts and the passage of time written straight to the
// database (contacts have their own tests, and a test cannot wait for a date to pass).
import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Certificate, Offer, OfferCreateInput } from '../../src/contracts/offers.ts';
import { certificates, contacts, offers } from '../../src/server/db/schema/index.ts';
import { listMember, type Listed } from './listed-members.ts';
import { asMember } from './members.ts';
import { origin, type TestApp } from './test-app.ts';

/** The UTC calendar day `offset` days from now, YYYY-MM-DD. */
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export const member = (app: TestApp, displayName: string): Promise<Listed> =>
  listMember(app, {
    displayName,
    profession: 'massage-therapist',
    postalCode: '97201',
    country: 'US',
    city: 'Portland',
    region: 'OR',
    phone: '503-555-0100',
  });

export async function userIdOf(app: TestApp, cookie: string) {
  const response = await app.inject({ method: 'GET', url: '/api/auth/get-session', headers: asMember(cookie) });
  return response.json<{ user: { id: string } }>().user.id;
}

export async function addContact(
  app: TestApp,
  owner: Listed,
  values: { name: string; email?: string; stage?: string },
) {
  const [row] = await app.database.db
    .insert(contacts)
    .values({ ownerUserId: await userIdOf(app, owner.cookie), profession: 'chiropractor', email: '', ...values })
    .returning({ id: contacts.id });
  return row!.id;
}

export const setStage = (app: TestApp, contactId: string, stage: string) =>
  app.database.db.update(contacts).set({ stage }).where(eq(contacts.id, contactId));

export const anOffer = (overrides: Partial<OfferCreateInput> = {}): OfferCreateInput =>
  ({
    kind: 'free-session',
    title: 'Get to know my work',
    terms: 'By appointment, weekdays.',
    validFrom: day(-5),
    validUntil: day(60),
    maxIssued: 50,
    ...overrides,
  }) as OfferCreateInput;

export async function createOffer(app: TestApp, owner: Listed, overrides: Partial<OfferCreateInput> = {}) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/offers',
    headers: asMember(owner.cookie),
    payload: anOffer(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Offer>();
}

export const issue = (app: TestApp, owner: Listed, offerId: string, to: { contactId?: string; memberSlug?: string }) =>
  app.inject({
    method: 'POST',
    url: `/api/offers/${offerId}/certificates`,
    headers: asMember(owner.cookie),
    payload: to,
  });

export async function issueTo(
  app: TestApp,
  owner: Listed,
  offerId: string,
  to: { contactId?: string; memberSlug?: string },
) {
  const response = await issue(app, owner, offerId, to);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Certificate>();
}

export const redeem = (app: TestApp, owner: Listed, code: string, payload: unknown = { identityConfirmed: true }) =>
  app.inject({
    method: 'POST',
    url: `/api/certificates/${code}/redeem`,
    headers: asMember(owner.cookie),
    payload: payload as object,
  });

/** Moves a certificate's validity as if the days had passed. */
export const setCertificateDates = async (
  app: TestApp,
  code: string,
  dates: { validUntil?: string; validFrom?: string },
) => {
  if (dates.validUntil)
    await app.database.db.update(certificates).set({ validUntil: dates.validUntil }).where(eq(certificates.code, code));
  if (dates.validFrom) {
    await app.database.db
      .update(offers)
      .set({ validFrom: dates.validFrom })
      .where(sql`${offers.id} = (SELECT offer_id FROM certificates WHERE code = ${code})`);
  }
};

/** Headers for a request without a body (no content-type, as the web app sends it). */
export const bare = (owner: Listed) => ({ cookie: owner.cookie, origin });

export const errorOf = (response: { json: <T>() => T }) =>
  response.json<{ error: { code: string; message: string; details?: unknown } }>().error;
export const fieldsOf = (response: { json: <T>() => T }) =>
  ((errorOf(response).details ?? []) as { field: string }[]).map((problem) => problem.field);
