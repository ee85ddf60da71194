// The public pages' forms as a browser without JavaScript sends them (issue 8, item 1): the external
// recipient's /r/<token> page (accept, decline, schedule, seen, reply, thank-you), the certificate
// check on /verify and the one-click unsubscribe. Chromium posts these forms itself, with whatever
// Origin and Fetch Metadata the page's referrer policy gives it, which is what the CSRF rule must accept.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { browserMissing, browserMissingNotice } from './support/env.ts';
import { linkFromOutbox, memberApi, seedColleague } from './support/members.ts';

// Reason: skipped only on a machine without /usr/bin/chromium and without E2E_REQUIRED; CI sets E2E_REQUIRED, so there it fails instead.
test.skip(browserMissing, browserMissingNotice); // reason: no /usr/bin/chromium and no E2E_REQUIRED (CI requires it)

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A referring therapist: listed, onboarded, with a client whose consent covers the given contact. */
async function therapist(baseURL: string) {
  const { api, email } = await memberApi(baseURL, 'Maya Ortiz');
  const saved = await api.put('/api/me/profile', {
    data: {
      displayName: 'Maya Ortiz',
      country: 'US',
      visibility: 'public',
      profession: 'massage-therapist',
      postalCode: '97204',
      practiceName: 'Ortiz Therapeutic Massage',
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  expect((await api.post('/api/me/onboarding/complete', { data: {} })).status()).toBe(200);
  const client = await api.post('/api/clients', {
    data: { name: 'Jordan Reyes', email: 'jordan.reyes@example.com', dateOfBirth: '1984-06-02' },
  });
  expect(client.status(), await client.text()).toBe(201);
  return { api, email, clientId: ((await client.json()) as { id: string }).id };
}

/** Refers the client to a professional who is not a member; returns the referral's id. */
async function referToOutsider(api: APIRequestContext, clientId: string, email: string) {
  const contact = await api.post('/api/contacts', {
    data: { name: 'Dr. Anika Patel', profession: 'physiotherapist', email },
  });
  expect(contact.status(), await contact.text()).toBe(201);
  const contactId = ((await contact.json()) as { id: string }).id;
  const consent = await api.post(`/api/clients/${clientId}/consents`, {
    data: {
      scope: ['identity', 'reason', 'observations'],
      sharedWith: { kind: 'contact', contactId },
      method: 'signed-online',
    },
  });
  expect(consent.status(), await consent.text()).toBe(201);
  const referral = await api.post('/api/referrals', {
    data: {
      clientId,
      consentId: ((await consent.json()) as { id: string }).id,
      toContactId: contactId,
      reasonClinical: 'Suspected L4-L5 facet joint restriction.',
      reasonPlain: 'A stiff joint in the lower back.',
      urgency: 'soon',
      share: ['identity', 'observations'],
    },
  });
  expect(referral.status(), await referral.text()).toBe(201);
  return ((await referral.json()) as { id: string }).id;
}

/** The form on the page that posts the step `to` (found by its hidden field, not its wording). */
const stepForm = (page: Page, to: string) =>
  page.locator('form').filter({ has: page.locator(`input[type="hidden"][name="to"][value="${to}"]`) });

/** Submits a form by its button as a person would, and returns the status of the POST the browser made. */
async function submit(page: Page, form: Locator) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    form.getByRole('button').click(),
  ]);
  await page.waitForLoadState();
  return response.status();
}

const statusOf = async (api: APIRequestContext, id: string) =>
  ((await (await api.get(`/api/referrals/${id}`)).json()) as { status: string }).status;

test('every form on /r/<token>, /verify and /unsubscribe works in a browser without JavaScript', async ({
  browser,
  baseURL,
}) => {
  const maya = await therapist(baseURL!);
  // Maya hears about referrals at once, so a notification email (with its unsubscribe link) comes soon.
  expect(
    (await maya.api.put('/api/notifications/preferences', { data: { email: { referrals: 'instant' } } })).status(),
  ).toBe(200);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();

  // Referral one: accept, record the appointment, the visit and the outcome, then thank.
  const first = await referToOutsider(maya.api, maya.clientId, 'anika.nojs@physio.example');
  const firstLink = await linkFromOutbox(page, 'anika.nojs@physio.example', 'has referred a client to you');
  expect(new URL(firstLink).pathname).toMatch(/^\/r\//);
  await page.goto(firstLink);

  await stepForm(page, 'accepted').locator('textarea[name="note"]').fill('Happy to see Jordan next week.');
  expect(await submit(page, stepForm(page, 'accepted'))).toBe(303);
  expect(await statusOf(maya.api, first)).toBe('accepted');

  // A time that has passed: the visit is recorded next, and a visit cannot come before its appointment.
  await stepForm(page, 'scheduled')
    .locator('input[name="appointmentAt"]')
    .fill(`${day(-1)}T09:30`);
  expect(await submit(page, stepForm(page, 'scheduled'))).toBe(303);
  expect(await statusOf(maya.api, first)).toBe('scheduled');

  expect(await submit(page, stepForm(page, 'seen'))).toBe(303);
  expect(await statusOf(maya.api, first)).toBe('seen');

  const reply = stepForm(page, 'replied');
  await reply.locator('textarea[name="findings"]').fill('Weak glutes; exercises given.');
  await reply.locator('textarea[name="recommendations"]').fill('Massage is fine.');
  await reply.locator('input[name="okToResumeMassage"][value="yes"]').check();
  expect(await submit(page, reply)).toBe(303);
  expect(await statusOf(maya.api, first)).toBe('replied');

  await stepForm(page, 'thanks').locator('textarea[name="message"]').fill('Thanks for thinking of me.');
  expect(await submit(page, stepForm(page, 'thanks'))).toBe(303);
  const timeline = ((await (await maya.api.get(`/api/referrals/${first}`)).json()) as { timeline: { kind: string }[] })
    .timeline;
  expect(timeline.at(-1)?.kind).toBe('thanks');
  await expect(page.getByText('This link does not work')).toHaveCount(0);

  // Referral two: decline, with a reason.
  const second = await referToOutsider(maya.api, maya.clientId, 'ben.nojs@physio.example');
  await page.goto(await linkFromOutbox(page, 'ben.nojs@physio.example', 'has referred a client to you'));
  await stepForm(page, 'declined').locator('textarea[name="reason"]').fill('Fully booked until March.');
  expect(await submit(page, stepForm(page, 'declined'))).toBe(303);
  expect(await statusOf(maya.api, second)).toBe('declined');

  // A certificate Maya issued to a colleague, checked on the public page and through its form.
  const colleague = await seedColleague(baseURL!, 'Sam Okafor', { profession: 'chiropractor', postalCode: '97205' });
  const offer = await maya.api.post('/api/offers', {
    data: {
      kind: 'free-session',
      title: 'Get to know my work',
      terms: 'By appointment.',
      validFrom: day(-1),
      validUntil: day(60),
      maxIssued: 10,
    },
  });
  expect(offer.status(), await offer.text()).toBe(201);
  const issued = await maya.api.post(`/api/offers/${((await offer.json()) as { id: string }).id}/certificates`, {
    data: { memberSlug: colleague.slug },
  });
  expect(issued.status(), await issued.text()).toBe(201);
  const { code } = (await issued.json()) as { code: string };
  await page.goto('/verify');
  await page.getByLabel('Certificate code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('status')).toHaveText('Valid');
  await expect(page.getByText('Sam Okafor', { exact: true })).toBeVisible();
  await page.goto(`/verify/${code}`);
  await page.getByLabel('Certificate code').fill('ABCD-EFGH');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('alert')).toContainText('That code does not look right');

  // The unsubscribe link in the notification email Maya got about her referrals.
  let unsubscribe = '';
  await expect
    .poll(
      async () => {
        const outbox = await (await page.request.get('/dev/outbox')).text();
        const mail = outbox
          .split('<article>')
          .find((article) => article.includes(`To: ${maya.email}`) && article.includes('/unsubscribe/'));
        unsubscribe = /href="([^"]*\/unsubscribe\/[^"]+)"/.exec(mail ?? '')?.[1] ?? '';
        return unsubscribe;
      },
      { message: `a notification email to ${maya.email} in the dev outbox`, timeout: 100_000, intervals: [2_000] },
    )
    .toBeTruthy();
  await page.goto(unsubscribe);
  expect(await submit(page, page.locator('form', { has: page.getByRole('button', { name: /Unsubscribe/ }) }))).toBe(
    200,
  );
  await expect(page.getByRole('heading', { name: 'You are unsubscribed' })).toBeVisible();
  const preferences = (await (await maya.api.get('/api/notifications/preferences')).json()) as {
    email: Record<string, string>;
  };
  expect(preferences.email.referrals).toBe('off');

  await context.close();
  await maya.api.dispose();
});
