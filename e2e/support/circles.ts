// Circles set up as their members' browsers would, for specs about what happens inside one: each
// person signed in in a context of their own, and a private circle the first starts and the
// others join by invitation.
import { expect, type Browser, type Page } from '@playwright/test';
import { signInThroughForm } from './members.ts';

export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInThroughForm(page, email);
  return page;
}

/** A private circle near Missoula that `organizer` starts and each of `joiners` joins; its slug and id. */
export async function privateCircle(
  baseURL: string,
  name: string,
  organizer: Page,
  joiners: { page: Page; slug: string }[],
): Promise<{ slug: string; id: string }> {
  const headers = { origin: baseURL };
  const started = await organizer.request.post('/api/circles', {
    headers,
    data: {
      name,
      kind: 'peer-networking',
      visibility: 'private',
      postalCode: '59801',
      online: false,
      invite: { memberSlugs: joiners.map((each) => each.slug) },
    },
  });
  expect(started.status(), await started.text()).toBe(201);
  const circle = (await started.json()) as { slug: string; id: string };
  for (const { page } of joiners) {
    const joined = await page.request.post(`/api/circles/${circle.id}/members`, { headers });
    expect(joined.status(), await joined.text()).toBe(200);
  }
  return circle;
}
