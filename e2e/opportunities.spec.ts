// The opportunities board in a real browser: Maya posts a job from the board; Anika finds it near
// her postal code and replies by message (the conversation opens with her reply in it); a visitor
// without JavaScript finds the job on the public /opportunities page, with its JobPosting JSON-LD.
// Each screen passes axe-core and nothing scrolls sideways at phone width.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { browserMissing, browserMissingNotice } from './support/env.ts';
import { password, seedColleague } from './support/members.ts';
import { expectNoSidewaysScroll } from './support/phone.ts';
import { snap } from './support/screenshots.ts';

// Reason: skipped only on a machine without /usr/bin/chromium and without E2E_REQUIRED; CI sets E2E_REQUIRED, so there it fails instead.
// Reason: without /usr/bin/chromium and without E2E_REQUIRED there is no browser to drive (CI requires it).
test.skip(browserMissing, browserMissingNotice);

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/app/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return page;
}

test('post a job, find it near me, reply by message, and see it on the public page', async ({ browser, baseURL }) => {
  const title = `Sports massage therapist ${Date.now().toString(36)}`;
  const maya = await seedColleague(baseURL!, 'Maya Ortiz', { profession: 'massage-therapist', postalCode: '97204' });
  const anika = await seedColleague(baseURL!, 'Anika Patel', { profession: 'massage-therapist', postalCode: '97205' });

  // Maya posts from the board, reached through the header's "More" menu.
  const mayaPage = await signedIn(browser, maya.email);
  const nav = mayaPage.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'More' }).click();
  await nav.getByRole('link', { name: 'Opportunities' }).click();
  await expect(mayaPage.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible();
  await mayaPage.getByRole('button', { name: 'Post', exact: true }).click();
  const form = mayaPage.getByRole('form', { name: 'Post an opportunity' });
  await form.getByLabel('Title').fill(title);
  await form
    .getByLabel('Description')
    .fill('Two evenings a week with a running club; sports massage experience welcome.');
  await expect(form.getByLabel('Postal code')).toHaveValue('97204');
  await form.getByLabel('Employment').selectOption('contractor');
  await form.getByLabel('Pay (USD)').fill('55');
  await expectNoSeriousA11yViolations(mayaPage, 'the post form');
  await form.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(mayaPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(mayaPage.getByText('$55.00 per hour')).toBeVisible();

  // Maya edits her post: the form holds what she posted; the page shows the new pay.
  await mayaPage.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = mayaPage.getByRole('form', { name: 'Edit the post' });
  await expect(edit.getByLabel('Employment')).toHaveValue('contractor');
  await expect(edit.getByLabel('Pay (USD)')).toHaveValue('55.00');
  await edit.getByLabel('Pay (USD)').fill('60');
  await edit.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(mayaPage.getByText('$60.00 per hour')).toBeVisible();
  await expect(mayaPage.getByText('$55.00 per hour')).toHaveCount(0);

  // Anika finds it near her postal code (her profile's, filled in) with the kind filter, on a phone.
  const anikaPage = await signedIn(browser, anika.email);
  await anikaPage.setViewportSize({ width: 360, height: 800 });
  await anikaPage.goto('/app/opportunities');
  const search = anikaPage.getByRole('search', { name: 'Find opportunities' });
  await expect(search.getByLabel('Near postal code')).toHaveValue('97205');
  await search.getByLabel('Within (miles)').fill('30');
  await search.getByLabel('Kind').selectOption('job');
  await search.getByLabel('Within (miles)').press('Enter');
  const result = anikaPage.getByRole('list', { name: 'Search results' }).getByRole('link', { name: title });
  await expect(result).toBeVisible();
  await expectNoSidewaysScroll(anikaPage, 'the board at 360 px');
  await snap(anikaPage, 'opportunities-board-360');
  await expectNoSeriousA11yViolations(anikaPage, 'the board');

  // By keyboard: the result link opens the post.
  await result.focus();
  await anikaPage.keyboard.press('Enter');
  await expect(anikaPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectNoSidewaysScroll(anikaPage, 'a post at 360 px');
  await snap(anikaPage, 'opportunity-post-360');
  await expectNoSeriousA11yViolations(anikaPage, 'a post');
  const reply = anikaPage.getByRole('form', { name: 'Reply by message' });
  await reply.getByLabel('Your reply').fill('I run with a club myself and am free Tuesdays and Thursdays.');
  await reply.getByRole('button', { name: 'Reply by message' }).click();
  await expect(anikaPage).toHaveURL(/\/app\/messages\/[0-9a-f-]{36}$/);
  await expect(anikaPage.getByText('I run with a club myself', { exact: false })).toBeVisible();

  // A visitor without JavaScript finds it on the public board and opens it.
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const publicPage = await visitor.newPage();
  await publicPage.goto('/opportunities');
  await publicPage.getByLabel('Near postal code').fill('97205');
  await publicPage.getByLabel('Within (miles)').fill('30');
  await publicPage.getByLabel('Kind').selectOption('job');
  await publicPage.getByRole('button', { name: 'Search' }).click();
  await expect(publicPage).toHaveURL(/near=97205/);
  await publicPage.getByRole('link', { name: title }).click();
  await expect(publicPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const jsonLd = JSON.parse(
    (await publicPage.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as Record<string, unknown>;
  expect(jsonLd).toMatchObject({ '@type': 'JobPosting', title, employmentType: 'CONTRACTOR' });
  const postUrl = publicPage.url();
  await visitor.close();
  // axe-core runs as a script: the same server-rendered pages, checked in a context with JavaScript.
  const checking = await browser.newContext();
  const checker = await checking.newPage();
  await checker.goto(postUrl);
  await expectNoSeriousA11yViolations(checker, 'the public post page');
  await checker.goto('/opportunities?near=97205&radius=30&kind=job');
  await expectNoSeriousA11yViolations(checker, 'the public board');
  await checking.close();
});
