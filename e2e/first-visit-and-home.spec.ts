// Issue 8, items 10, 12, 13, 20 and 27 in a real browser: a visitor joins from the landing page at
// `/`; a member signs in from it and lands on their home; covering colleagues, trade partners and
// a referral's recipient are chosen by typing part of a name; "Whiplash, runners" becomes two chips; the server-rendered
// directory works on a 360 px phone.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { browserMissing, browserMissingNotice } from './support/env.ts';
import { password, seedColleague, uniqueEmail } from './support/members.ts';
import { expectNoSidewaysScroll } from './support/phone.ts';
import { snap } from './support/screenshots.ts';

// Reason: skipped only on a machine without /usr/bin/chromium and without E2E_REQUIRED; CI sets E2E_REQUIRED, so there it fails instead.
test.skip(browserMissing, browserMissingNotice); // reason: no /usr/bin/chromium and no E2E_REQUIRED (CI requires it)

// Names no other spec uses, so a search by part of a name finds exactly these members.
const partner = 'Evangeline Quarrington';
const cover = 'Oskar Thistlewood';

async function signInFromLanding(page: Page, email: string) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/app\/sign-in$/);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/app\/?$/); // members land on their home
}

test('a visitor reads the landing page and joins from it', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'professional alliance network for massage therapists',
  );
  await expect(page.locator('link[rel="icon"][href="/favicon.svg"]')).toHaveCount(1);
  expect((await page.request.get('/favicon.ico')).status()).toBe(200);
  await expectNoSeriousA11yViolations(page, 'the landing page');
  await snap(page, 'landing-1280');
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoSidewaysScroll(page, 'the landing page');
  await snap(page, 'landing-375');
  await page.setViewportSize({ width: 1280, height: 860 });

  await page
    .getByRole('link', { name: /Join Kneadwork/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/app\/sign-up$/);
  await page.getByLabel('Your name').fill('Wren Halvorsen');
  await page.getByLabel('Email').fill(uniqueEmail('wren'));
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page).toHaveURL(/\/app\/onboarding/);

  // The addresses people type lead to the app's screens, not a JSON 404. (Signed in by now, the
  // app then moves on from the sign-up screen, so the redirect itself is what is checked.)
  const typed = await page.goto('/sign-up');
  expect(typed?.request().redirectedFrom()?.url()).toMatch(/\/sign-up$/);
  expect(typed?.url()).toMatch(/\/app\/sign-up$/);
  expect(typed?.status()).toBe(200);
});

test('a member signs in from the landing page and lands on their home, greeted as new', async ({ page, baseURL }) => {
  const me = await seedColleague(baseURL!, 'Marisol Fenwick', {
    profession: 'massage-therapist',
    postalCode: '83301',
    city: 'Twin Falls',
    region: 'ID',
  });
  await signInFromLanding(page, me.email);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Kneadwork, Marisol');
  await expect(page.getByRole('heading', { name: 'What needs doing' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Your profile is \d+% complete/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Professionals per stage' })).toContainText('0 Identified');
  await expectNoSeriousA11yViolations(page, 'the member home');
  await snap(page, 'home-1280');
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoSidewaysScroll(page, 'the member home');
  await snap(page, 'home-375');
});

test('covering colleagues and trade partners are chosen by typing part of a name', async ({ page, baseURL }) => {
  const me = await seedColleague(baseURL!, 'Dalia Moreau', {
    profession: 'massage-therapist',
    postalCode: '83301',
    openToTrades: true,
  });
  await seedColleague(baseURL!, partner, {
    profession: 'chiropractor',
    postalCode: '83316',
    city: 'Buhl',
    region: 'ID',
    openToTrades: true,
  });
  await seedColleague(baseURL!, cover, {
    profession: 'massage-therapist',
    postalCode: '83338',
    city: 'Jerome',
    region: 'ID',
  });
  await signInFromLanding(page, me.email);

  await page.goto('/app/trades');
  const proposal = page.getByRole('form', { name: 'Propose a trade' });
  const member = proposal.getByRole('combobox', { name: 'Member' });
  await member.pressSequentially('Quarr');
  const option = page.getByRole('option', { name: /Evangeline Quarrington, Chiropractor, Buhl, ID/ });
  await expect(option).toBeVisible();
  await snap(page, 'member-picker');
  await member.press('ArrowDown');
  await member.press('ArrowUp');
  await member.press('Enter');
  await expect(member).toHaveValue(partner);
  await proposal.getByLabel('Service I give').fill('Swedish massage');
  await proposal.getByLabel('Minutes I give').fill('60');
  await proposal.getByLabel('Service I receive').fill('Adjustment');
  await proposal.getByLabel('Minutes I receive').fill('30');
  await proposal.getByRole('button', { name: 'Propose trade' }).click();
  await expect(page.getByRole('heading', { name: `Trade with ${partner}` })).toBeVisible();

  // The new referral finds the same member by name, beside the suggestions by need.
  await page.goto('/app/referrals/new');
  const recipient = page.getByRole('combobox', { name: 'Find a member by name' });
  await recipient.pressSequentially('evangeline q');
  await page.getByRole('option', { name: /Evangeline Quarrington, Chiropractor, Buhl, ID/ }).click();
  await expect(recipient).toHaveValue(partner);
  await expectNoSidewaysScroll(page, 'the new referral with a member chosen by name');

  await page.goto('/app/away');
  await page.getByRole('button', { name: 'Declare an away period' }).click();
  const declare = page.getByRole('form', { name: 'Declare an away period' });
  const colleagues = declare.getByRole('combobox', { name: 'Covering colleagues' });
  await colleagues.pressSequentially('oskar thist');
  await page.getByRole('option', { name: /Oskar Thistlewood, Massage therapist, Jerome, ID/ }).click();
  await expect(declare.getByRole('list', { name: 'Chosen covering colleagues' })).toContainText(cover);
  await declare.getByRole('button', { name: 'Declare away period' }).click();
  await expect(page.getByRole('list', { name: 'My away periods' })).toContainText(`${cover}: Invited`);
});

test('"Whiplash, runners" in Other specialties becomes two chips', async ({ page, baseURL }) => {
  const me = await seedColleague(baseURL!, 'Priya Castellanos', {
    profession: 'massage-therapist',
    postalCode: '83301',
  });
  await signInFromLanding(page, me.email);
  await page.goto('/app/profile');
  await page.getByRole('tab', { name: 'Specialties' }).click();
  const other = page.getByRole('combobox', { name: 'Other specialties' });
  await other.pressSequentially('Whiplash, runners');
  await other.blur();
  const field = page.locator('.mantine-TagsInput-root', { has: other });
  await expect(field.locator('.mantine-Pill-label')).toHaveText(['Whiplash', 'runners']);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your profile is saved.')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Specialties' }).click();
  await expect(
    page
      .locator('.mantine-TagsInput-root', { has: page.getByRole('combobox', { name: 'Other specialties' }) })
      .locator('.mantine-Pill-label'),
  ).toHaveText(['Whiplash', 'runners']);
});

test('the public directory on a 360 px phone: results first, 44 px pager targets, no sideways scroll', async ({
  page,
  baseURL,
}) => {
  for (const name of ['Hollis Ambrose', 'Ines Barrow', 'Jonah Calloway'])
    await seedColleague(baseURL!, name, { profession: 'physiotherapist', postalCode: '83340' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/directory?profession=physiotherapist&pageSize=1');
  const firstResult = page.locator('ol.results > li').first();
  await expect(firstResult).toBeInViewport();
  const box = await firstResult.boundingBox();
  expect(box!.y + 40).toBeLessThanOrEqual(740);
  for (const link of await page.getByRole('navigation', { name: 'Pages' }).getByRole('link').all()) {
    const target = (await link.boundingBox())!;
    expect(Math.min(target.width, target.height), await link.innerText()).toBeGreaterThanOrEqual(44);
  }
  await expectNoSidewaysScroll(page, 'the directory');
  await expectNoSeriousA11yViolations(page, 'the public directory');
  await page.getByText(/^Filters/).click();
  await expect(page.getByLabel('Profession', { exact: true })).toBeVisible();
  await snap(page, 'directory-360');
});
