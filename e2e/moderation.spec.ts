// Moderation in real browsers: a member reports a colleague's profile from its page with the shared
// report dialog; an admin (granted with the admin command's own function, through the dev-only
// /dev/admin, since the embedded database's one connection is the server's) finds it in the queue in
// context — the profile, the reporter and the reason — and hides it from the keyboard with a reason:
// the profile leaves its public page and the directory, and the audit trail shows the action. A
// member who opens /app/admin gets the app's not-found page. Axe and 360 px on each page.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { browserMissing, browserMissingNotice } from './support/env.ts';
import { seedColleague, signInThroughForm } from './support/members.ts';
import { expectNoSidewaysScroll } from './support/phone.ts';
import { snap } from './support/screenshots.ts';

// Reason: skipped only on a machine without /usr/bin/chromium and without E2E_REQUIRED; CI sets E2E_REQUIRED, so there it fails instead.
// Reason: without /usr/bin/chromium and without E2E_REQUIRED there is no browser to drive (CI requires it).
test.skip(browserMissing, browserMissingNotice);

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signInThroughForm(page, email);
  return page;
}

async function checkPage(page: Page, name: string) {
  await expect(page.getByLabel('Loading')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, name);
  const width = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 780 });
  await expectNoSidewaysScroll(page, `${name} at 360 px`);
  if (width) await page.setViewportSize(width);
}

test('a member reports a profile; the admin sees it in context in the queue and hides it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const reportedName = `Rex Spammer ${suffix}`;
  const reported = await seedColleague(baseURL!, reportedName, { postalCode: '59801' });
  const reporter = await seedColleague(baseURL!, `Sam Okafor ${suffix}`, { postalCode: '59801' });
  const admin = await seedColleague(baseURL!, `Ada Admin ${suffix}`, { postalCode: '59801' });

  // The member reports the profile from its page.
  const member = await signedIn(browser, reporter.email);
  await member.goto(`/app/members/${reported.slug}`);
  await expect(member.getByRole('heading', { name: reportedName })).toBeVisible();
  await member.getByRole('button', { name: 'Report' }).click();
  const dialog = member.getByRole('dialog', { name: `Report ${reportedName}` });
  await dialog.getByRole('combobox', { name: 'Reason' }).click();
  await member.getByRole('option', { name: 'Pretending to be someone else' }).click();
  await dialog
    .getByRole('textbox', { name: 'What happened (optional)' })
    .fill('Uses another therapist’s licence number.');
  await checkPage(member, 'report dialog');
  await dialog.getByRole('button', { name: 'Send report' }).click();
  await expect(member.getByText('Thank you. The administrators will look at it.')).toBeVisible();
  await expect(dialog).toBeHidden();

  // A member has no admin page: the app's own not-found page.
  await member.goto('/app/admin');
  await expect(member.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  // The admin role, granted by the admin command's function.
  const granted = await member.request.post('/dev/admin', {
    data: { action: 'grant', email: admin.email },
    headers: { origin: baseURL! },
  });
  expect(granted.status(), await granted.text()).toBe(200);

  const desk = await signedIn(browser, admin.email);
  await desk.getByRole('button', { name: 'More' }).click();
  await desk.getByRole('link', { name: 'Admin', exact: true }).click();
  await expect(desk.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible();
  const card = desk.getByRole('listitem').filter({ has: desk.getByRole('heading', { name: reportedName }) });
  await expect(card).toBeVisible();
  await expect(card.getByText('Profile', { exact: true })).toBeVisible();
  await expect(
    card.getByText(`Sam Okafor ${suffix}: “Pretending to be someone else: Uses another therapist’s licence number.”`),
  ).toBeVisible();
  await checkPage(desk, 'admin queue');
  await snap(desk, 'admin-queue');

  // Hide it, from the keyboard, with a reason.
  await card.getByRole('button', { name: 'Hide' }).focus();
  await desk.keyboard.press('Enter');
  const hide = desk.getByRole('dialog', { name: `Hide: ${reportedName}` });
  await expect(hide.getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await hide.getByRole('button', { name: 'Hide it' }).click();
  await expect(hide.getByRole('alert')).toHaveText('Give the reason in a few words.');
  await hide.getByRole('textbox', { name: 'Reason' }).focus();
  await desk.keyboard.type('Impersonates a licensed colleague.');
  await checkPage(desk, 'admin action dialog');
  await hide.getByRole('button', { name: 'Hide it' }).press('Enter');
  await expect(desk.getByText('Hidden.', { exact: true })).toBeVisible();
  await expect(card).toBeHidden();
  const audit = desk.getByRole('region', { name: 'Audit trail' });
  await expect(audit.getByText('Impersonates a licensed colleague.')).toBeVisible();

  // The profile is gone from its public page and the directory.
  expect((await desk.request.get(`/p/${reported.slug}`)).status()).toBe(404);
  const listed = await member.request.get(`/api/directory?q=${encodeURIComponent(reportedName)}`);
  expect(((await listed.json()) as { items: { slug: string }[] }).items.map((item) => item.slug)).not.toContain(
    reported.slug,
  );
});
