// Mentorship in two real browsers: a newer therapist in Missoula says what she seeks, finds an
// experienced colleague nearby among the suggested mentors with the reasons shown, and asks her;
// the mentor accepts from her requests; both see the shared space, and the mentee adds a goal with
// the keyboard alone. Every page at 360 px without sideways scrolling, and axe on each.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { browserMissing, browserMissingNotice } from './support/env.ts';
import { memberApi, signInThroughForm } from './support/members.ts';
import { expectNoSidewaysScroll } from './support/phone.ts';
import { snap } from './support/screenshots.ts';

// Reason: skipped only on a machine without /usr/bin/chromium and without E2E_REQUIRED; CI sets E2E_REQUIRED, so there it fails instead.
// Reason: without /usr/bin/chromium and without E2E_REQUIRED there is no browser to drive (CI requires it).
test.skip(browserMissing, browserMissingNotice);

async function listed(baseURL: string, name: string, profile: Record<string, unknown>, mentoring?: object) {
  const { api, email } = await memberApi(baseURL, name);
  const saved = await api.put('/api/me/profile', {
    data: { displayName: name, country: 'US', visibility: 'public', ...profile },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  expect((await api.post('/api/me/onboarding/complete', { data: {} })).status()).toBe(200);
  if (mentoring) expect((await api.put('/api/me/mentoring', { data: mentoring })).status()).toBe(200);
  await api.dispose();
  return email;
}

async function onPhone(browser: Browser, email: string) {
  // Signed in at desk width (the sign-out button the helper waits for sits in the burger on a phone).
  const context = await browser.newContext({ timezoneId: 'America/Denver' });
  const page = await context.newPage();
  await signInThroughForm(page, email);
  await page.setViewportSize({ width: 360, height: 780 });
  return page;
}

async function checkPage(page: Page, name: string) {
  await expect(page.getByLabel('Loading')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, name);
  await expectNoSidewaysScroll(page, name);
  await snap(page, `mentorship-${name}`);
}

test('a newer therapist finds a mentor with reasons and asks her; the mentor accepts; both see the space', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString(36);
  const mentorName = `Greta Holm ${suffix}`;
  const menteeName = `Tessa Lind ${suffix}`;
  const mentorEmail = await listed(
    baseURL!,
    mentorName,
    { postalCode: '59801', firstYearInPractice: 2004, specialties: ['prenatal'] },
    { offering: { areas: ['business', 'starting-out'], capacity: 2, format: 'both' } },
  );
  const menteeEmail = await listed(baseURL!, menteeName, {
    postalCode: '59802',
    firstYearInPractice: 2025,
    specialties: ['prenatal'],
  });

  // The mentee says what she seeks, then reads why Greta is suggested.
  const mentee = await onPhone(browser, menteeEmail);
  await mentee.goto('/app/mentoring');
  await expect(mentee.getByRole('heading', { name: 'Mentoring', level: 1 })).toBeVisible();
  await checkPage(mentee, 'mentoring-empty');
  await mentee.getByRole('button', { name: 'Look for a mentor' }).click();
  const seek = mentee.getByRole('form', { name: 'What I seek' });
  await seek.getByRole('checkbox', { name: 'Business' }).check();
  await seek.getByRole('checkbox', { name: 'Starting out' }).check();
  await seek.getByLabel('What I need').fill('Pricing and my first year in practice');
  await seek.getByRole('button', { name: 'Save' }).click();
  const card = mentee.getByRole('article', { name: mentorName });
  const reasons = card.getByRole('list', { name: `Why ${mentorName}` });
  await expect(reasons.getByRole('listitem')).toHaveText([
    '21 years more experience',
    /^\d+ mi away$/,
    'offers help with business and starting out',
  ]);
  await checkPage(mentee, 'mentoring-suggestions');

  await card.getByRole('button', { name: `Ask ${mentorName}` }).click();
  await card.getByLabel(`Message to ${mentorName}`).fill('I would love your help with my first year.');
  await card.getByRole('button', { name: 'Send request' }).click();
  await expect(mentee.getByText('Waiting for their answer.')).toBeVisible();
  const spaceUrl = mentee.url();
  expect(spaceUrl).toMatch(/\/app\/mentoring\/[0-9a-f-]{36}$/);
  await checkPage(mentee, 'request-sent');

  // The mentor answers from her requests.
  const mentor = await onPhone(browser, mentorEmail);
  await mentor.goto('/app/mentoring');
  const requests = mentor.getByRole('region', { name: 'Requests to answer' });
  await requests.getByRole('link', { name: `Mentoring ${menteeName}` }).click();
  await expect(mentor.getByText('I would love your help with my first year.')).toBeVisible();
  await checkPage(mentor, 'request-to-answer');
  await mentor.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(mentor.getByRole('heading', { name: 'Goals' })).toBeVisible();
  await expect(mentor.getByText(`You mentor ${menteeName}.`)).toBeVisible();
  await checkPage(mentor, 'space-mentor');

  // The mentee sees the space open and adds a goal with the keyboard alone.
  await mentee.goto(spaceUrl);
  await expect(mentee.getByText(`${mentorName} is your mentor.`)).toBeVisible();
  const goal = mentee.getByLabel('New goal');
  await goal.focus();
  await mentee.keyboard.type('Set my prices');
  await mentee.keyboard.press('Enter');
  await expect(mentee.getByRole('checkbox', { name: 'Set my prices' })).toBeVisible();
  await checkPage(mentee, 'space-mentee');
  await mentor.reload();
  await expect(mentor.getByRole('checkbox', { name: 'Set my prices' })).toBeVisible();
});
