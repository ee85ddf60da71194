// Referral scenes for the referral tests: a therapist with a client and a consent, a member
// chiropractor to refer to, and the calls a browser would make.
import { expect } from 'vitest';
import type { ConsentCreateInput } from '../../src/contracts/clients.ts';
import type { Referral, ReferralCreateInput } from '../../src/contracts/referrals.ts';
import { listMember, type Listed } from './listed-members.ts';
import { asMember } from './members.ts';
import { origin, type TestApp } from './test-app.ts';

export const call = (app: TestApp, who: Listed | null, method: string, url: string, body?: unknown) =>
  app.inject({
    method: method as 'GET',
    url,
    headers: who
      ? body === undefined
        ? { cookie: who.cookie, origin }
        : asMember(who.cookie)
      : body === undefined
        ? { origin }
        : { 'content-type': 'application/json', origin },
    payload: body as object,
  });

export async function addClient(app: TestApp, owner: Listed, name = 'Jordan Lee') {
  const response = await call(app, owner, 'POST', '/api/clients', {
    name,
    email: 'jordan@client.example',
    phone: '555-010-2000',
    dateOfBirth: '1984-05-06',
    notes: 'Chronic low back pain since 2019 (car accident).',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

export async function addConsent(
  app: TestApp,
  owner: Listed,
  clientId: string,
  body: Partial<ConsentCreateInput> = {},
) {
  const response = await call(app, owner, 'POST', `/api/clients/${clientId}/consents`, {
    scope: ['identity', 'reason', 'observations', 'history'],
    sharedWith: { kind: 'any-referral' },
    method: 'written',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

export const referralBody = (
  clientId: string,
  consentId: string,
  to: Pick<ReferralCreateInput, 'toMemberSlug' | 'toContactId'>,
): ReferralCreateInput => ({
  clientId,
  consentId,
  ...to,
  reasonClinical: 'Suspected L4-L5 facet joint restriction; reduced lumbar extension.',
  reasonPlain: 'A stiff joint in your lower back that a chiropractor can assess.',
  urgency: 'soon',
  whatIDid: 'Two sessions of myofascial release.',
  observations: 'Pain on extension, no neurological signs.',
  share: ['identity', 'observations'],
  specialty: 'sports-injury',
});

export async function refer(app: TestApp, from: Listed, body: ReferralCreateInput) {
  const response = await call(app, from, 'POST', '/api/referrals', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Referral>();
}

export async function referralScene(app: TestApp) {
  const maria = await listMember(app, {
    displayName: 'Maria Alvarez',
    postalCode: '02116',
    country: 'US',
    profession: 'massage-therapist',
    visibility: 'public',
  });
  const chiro = await listMember(app, {
    displayName: 'Dr. Ben Carter',
    postalCode: '02139',
    country: 'US',
    profession: 'chiropractor',
    visibility: 'public',
    acceptingReferrals: true,
  });
  const sam = await listMember(app, {
    displayName: 'Sam Okafor',
    postalCode: '02139',
    country: 'US',
    profession: 'massage-therapist',
    visibility: 'public',
  });
  const clientId = await addClient(app, maria);
  const consentId = await addConsent(app, maria, clientId);
  return { maria, chiro, sam, clientId, consentId };
}

export const move = (app: TestApp, who: Listed, id: string, body: Record<string, unknown>) =>
  call(app, who, 'POST', `/api/referrals/${id}/transitions`, body);

/** What the referral-reminder pass asks of other modules, from the app under test. */
export const reminderDeps = (app: TestApp) => ({
  profiles: app.services.profiles.profiles,
  notifications: app.services.notifications.notifications,
});
