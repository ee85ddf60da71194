// A visitor misspells what they are looking for on the public directory, as new users did
// ("chiropracter", "bodywrok"): the search finds what they meant (issue 8, item 22).
import { expect, test } from '@playwright/test';
import { browserMissing, browserMissingNotice } from './support/env.ts';
import { seedColleague } from './support/members.ts';

// Reason: skipped only on a machine without /usr/bin/chromium and without E2E_REQUIRED; CI sets E2E_REQUIRED, so there it fails instead.
test.skip(browserMissing, browserMissingNotice); // reason: no /usr/bin/chromium and no E2E_REQUIRED (CI requires it)

test('a visitor who misspells a profession or a practice still finds the professional', async ({ page, baseURL }) => {
  const suffix = Date.now().toString(36);
  const practice = `Snake River Bodywork ${suffix}`;
  await seedColleague(baseURL!, 'Wren Halvorsen', {
    profession: 'chiropractor',
    postalCode: '83316',
    practiceName: `Buhl Chiropractic ${suffix}`,
  });
  await seedColleague(baseURL!, 'Odette Marsh', {
    profession: 'massage-therapist',
    postalCode: '83301',
    practiceName: practice,
  });

  const search = async (words: string) => {
    await page.goto('/directory');
    const form = page.getByRole('search', { name: 'Find a professional' });
    await form.getByLabel('Name, practice or keyword').fill(words);
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/directory\?/);
  };

  await search('chiropracter halvorsen');
  await expect(page.getByText('Wren Halvorsen')).toBeVisible();
  await expect(page.getByText('Odette Marsh')).toHaveCount(0);

  await search(`bodywrok ${suffix}`);
  await expect(page.getByText('Odette Marsh')).toBeVisible();
  await expect(page.getByText('Wren Halvorsen')).toHaveCount(0);
});
