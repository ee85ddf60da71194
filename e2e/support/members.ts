// Members made through the real API (as another browser would), and the dev outbox's links.
import { expect, request, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { ProfileUpdate } from '../../src/contracts/profile.ts';

let counter = 0;
export const uniqueEmail = (who: string) => `${who}.${Date.now().toString(36)}${(counter++).toString(36)}@example.com`;
export const password = 'a calm and long password';

/** Signs up a member in their own cookie jar; returns that API client, ready for their requests. */
export async function memberApi(
  baseURL: string,
  name: string,
  email = uniqueEmail(name.split(' ')[0]!.toLowerCase()),
): Promise<{ api: APIRequestContext; email: string }> {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const response = await api.post('/api/auth/sign-up/email', { data: { name, email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return { api, email };
}

/** The cookies of `email` signed in, for browser.newContext({ storageState }): each context a first visit. */
export async function signedInState(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext();
  const response = await context.request.post('/api/auth/sign-in/email', {
    data: { email, password },
    headers: { origin: baseURL },
  });
  expect(response.status(), await response.text()).toBe(200);
  const state = await context.storageState();
  await context.close();
  return state;
}

/** A colleague listed in the directory: public, located by a real postal code, onboarded. */
export async function seedColleague(baseURL: string, name: string, profile: ProfileUpdate) {
  const { api, email } = await memberApi(baseURL, name);
  const saved = await api.put('/api/me/profile', {
    data: { displayName: name, country: 'US', visibility: 'public', ...profile },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const done = await api.post('/api/me/onboarding/complete', { data: {} });
  expect(done.status(), await done.text()).toBe(200);
  const { slug } = (await done.json()) as { slug: string };
  await api.dispose();
  return { email, slug };
}

const unescape = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The first link in the newest mail to `to` whose subject contains `subject`, from the dev outbox. */
export async function linkFromOutbox(page: Page, to: string, subject: string): Promise<string> {
  let found: string | null = null;
  await expect
    .poll(
      async () => {
        const html = await (await page.request.get('/dev/outbox')).text();
        const mail = html
          .split('<article>')
          .find((article) => article.includes(`To: ${to}`) && article.includes(subject));
        found = mail ? unescape(/<a href="([^"]+)"/.exec(mail)?.[1] ?? '') || null : null;
        return found;
      },
      { message: `a "${subject}" mail to ${to} in the dev outbox`, timeout: 15_000 },
    )
    .toBeTruthy();
  return found!;
}

/** Signs in through the form, as a member would, and waits for the signed-in header. */
export async function signInThroughForm(page: Page, email: string) {
  await page.goto('/app/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
