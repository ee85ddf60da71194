import path from 'node:path';
import { expect, type Page } from '@playwright/test';

const folder = path.resolve(import.meta.dirname, '../../artifacts/screenshots');

/** Saves a full-page screenshot to artifacts/screenshots/<name>.png (gitignored), for people to look at. */
export async function snap(page: Page, name: string) {
  await expect(page.getByLabel('Loading')).toHaveCount(0);
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true, animations: 'disabled' });
}
