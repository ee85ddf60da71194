// A group purchase end to end: Olga starts a pool in her browser, Pia and Quinn pledge through the
// API (as their own browsers would), and Olga's open pool page moves to the next tier without a
// reload; she then downloads the order sheet and reads who owes what. The pages pass axe-core and
// fit a 360 px phone.
import { readFile } from 'node:fs/promises';
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { browserMissing, browserMissingNotice } from './support/env.ts';
import { password, seedColleague, signInThroughForm } from './support/members.ts';
import { expectNoSidewaysScroll } from './support/phone.ts';
import { openLive } from './support/live.ts';
import { snap } from './support/screenshots.ts';

// Reason: skipped only on a machine without /usr/bin/chromium and without E2E_REQUIRED; CI sets E2E_REQUIRED, so there it fails instead.
// Reason: without /usr/bin/chromium and without E2E_REQUIRED there is no browser to drive (CI requires it).
test.skip(browserMissing, browserMissingNotice);

type Member = { email: string; slug: string; api: APIRequestContext };

async function member(baseURL: string, name: string): Promise<Member> {
  const seeded = await seedColleague(baseURL, name, { profession: 'massage-therapist', postalCode: '83702' });
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  expect((await api.post('/api/auth/sign-in/email', { data: { email: seeded.email, password } })).status()).toBe(200);
  return { ...seeded, api };
}

/** A local date and time three days ahead, as a datetime-local input takes it. */
function threeDaysAhead() {
  const at = new Date(Date.now() + 3 * 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

test('a member starts a pool, two others pledge, the tier moves live, the organizer downloads the order sheet', async ({
  page,
  baseURL,
}) => {
  const olga = await member(baseURL!, 'Olga Pooler');
  const pia = await member(baseURL!, 'Pia Pledger');
  const quinn = await member(baseURL!, 'Quinn Pledger');
  await signInThroughForm(page, olga.email);
  // A phone from here on (signing in checks the header's Sign out, which a phone keeps in the menu).
  await page.setViewportSize({ width: 360, height: 780 });

  await page.goto('/app/pools');
  await expect(page.getByRole('heading', { name: 'Group purchasing', level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page, '/app/pools');
  await page.getByRole('button', { name: 'Start a pool' }).click();
  const form = page.getByRole('form', { name: 'Start a pool' });
  await form.getByLabel('Title').fill('Unscented oil, bulk');
  await form.getByLabel('Item').fill('Massage oil, 1 gallon');
  await form.getByLabel('Supplier').fill('Bodywork Supply Co.');
  await form.getByLabel('Unit price ($)').fill('10');
  await form.getByLabel('Minimum to go ahead (units)').fill('10');
  await form.getByLabel('Deadline').fill(threeDaysAhead());
  await form.getByLabel('Pick-up postal code').fill('83702');
  await form.getByLabel('Tier 1: from (units)').fill('5');
  await form.getByLabel('Tier 1: price ($)').fill('9');
  await form.getByLabel('Tier 2: from (units)').fill('10');
  await form.getByLabel('Tier 2: price ($)').fill('8');
  await expectNoSeriousA11yViolations(page, 'the start-a-pool form');
  await expectNoSidewaysScroll(page, 'the start-a-pool form');
  // Keyboard: submit from the last field with Enter.
  await form.getByLabel('Tier 2: price ($)').press('Enter');
  await expect(page).toHaveURL(/\/app\/pools\/[0-9a-f-]{36}$/);
  const poolId = page.url().split('/').pop()!;

  await openLive(page, `/app/pools/${poolId}`);
  const total = page.getByTestId('pool-total');
  const reachedRow = page.getByRole('table', { name: 'Price tiers' }).locator('tr[aria-current="true"]');
  await expect(total).toContainText('0 units pledged');
  await expect(page.getByText('pick-up in Boise, ID 83702')).toBeVisible();
  await expect(reachedRow).toContainText('List price');
  await expectNoSeriousA11yViolations(page, 'the pool page');
  await expectNoSidewaysScroll(page, 'the pool page');

  expect((await pia.api.post(`/api/pools/${poolId}/pledges`, { data: { quantity: 4 } })).status()).toBe(200);
  await expect(total).toContainText('4 units pledged by 1 member');
  expect((await quinn.api.post(`/api/pools/${poolId}/pledges`, { data: { quantity: 7 } })).status()).toBe(200);
  await expect(total).toContainText('11 units pledged by 2 members');
  await expect(total).toContainText('$8.00');
  await expect(reachedRow).toContainText('Tier 2');
  await snap(page, 'pool-tier-2-reached-360');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^order-sheet-.*\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).replace('\uFEFF', '');
  expect(csv.trim().split('\r\n')).toEqual([
    'Member,Quantity,Unit price,Owes',
    'Quinn Pledger,7,8.00,56.00',
    'Pia Pledger,4,8.00,32.00',
    'Total,11,8.00,88.00',
  ]);

  // Members near Boise find it from the list.
  await page.goto('/app/pools');
  await page.getByLabel('Near (postal code)').fill('83702');
  await page.getByLabel('Near (postal code)').press('Enter');
  await expect(page.getByRole('link', { name: 'Unscented oil, bulk' }).first()).toBeVisible();
  await expect(page.getByText('(0 mi)')).toBeVisible();
  await expectNoSidewaysScroll(page, '/app/pools near 83702');

  // A pledger sees no order sheet: the page has no downloads, and the address is a 404.
  expect((await pia.api.get(`/api/pools/${poolId}/order-sheet.csv`)).status()).toBe(404);
  for (const each of [olga, pia, quinn]) await each.api.dispose();
});
