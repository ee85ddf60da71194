// The contacts list on a phone stays put while it loads: its follow-ups and the list are drawn in
// one go, and the toolbar keeps its buttons (support/layout-shifts.ts). Lighthouse saw 0.08 here.
import { expect, test } from '@playwright/test';
import { browserMissing, browserMissingNotice } from './support/env.ts';
import { expectLittleLayoutShift, recordLayoutShifts } from './support/layout-shifts.ts';
import { signedInState } from './support/members.ts';
import { seedRealisticMember } from './support/realistic-member.ts';

// Reason: skipped only on a machine without /usr/bin/chromium and without E2E_REQUIRED; CI sets E2E_REQUIRED, so there it fails instead.
test.skip(browserMissing, browserMissingNotice); // reason: no /usr/bin/chromium and no E2E_REQUIRED (CI requires it)

let signedIn: Awaited<ReturnType<typeof signedInState>>;

test.beforeAll(async ({ baseURL, browser }) => {
  const member = await seedRealisticMember(baseURL!);
  signedIn = await signedInState(browser, baseURL!, member.email);
});

test('the contacts list does not move as its follow-ups come before the list, on a 412 px phone', async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: signedIn, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  // The list's answer is held until the follow-ups' has come and two frames have been drawn, as on a
  // phone with a long list (Lighthouse's runs): the order in which they drew them shifted the page.
  let followUpsCame = () => {};
  const followUpsAnswered = new Promise<void>((resolve) => (followUpsCame = resolve));
  page.on('requestfinished', (request) => {
    if (request.url().includes('/api/contacts/follow-ups')) followUpsCame();
  });
  await page.route(/\/api\/contacts\?pageSize=50$/, async (route) => {
    await followUpsAnswered;
    await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
    await route.continue();
  });
  await recordLayoutShifts(page);
  await page.goto('/app/contacts');
  await expect(page.getByTestId('follow-ups')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dr. Jonathan Castellanos-Rivera' }).first()).toBeVisible();
  // Not just under the 0.1 counted as good: Lighthouse saw 0.08 here, and nothing need move.
  await expectLittleLayoutShift(page, 0.01);
  await context.close();
});
