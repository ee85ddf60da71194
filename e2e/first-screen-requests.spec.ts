// A phone's first visit to the screens measured by Lighthouse (bench/lighthouse.ts, decision 033):
// their reads are asked for at start, beside the session, without waiting for the screen's code
// (app/first-requests.ts), and the screen takes those answers rather than asking again
// (api/early-requests.ts): each read reaches the API once.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { browserMissing, browserMissingNotice } from './support/env.ts';
import { signedInState } from './support/members.ts';
import { seedRealisticMember, type RealisticMember } from './support/realistic-member.ts';

// Reason: skipped only on a machine without /usr/bin/chromium and without E2E_REQUIRED; CI sets E2E_REQUIRED, so there it fails instead.
test.skip(browserMissing, browserMissingNotice); // reason: no /usr/bin/chromium and no E2E_REQUIRED (CI requires it)

let member: RealisticMember;
let signedIn: Awaited<ReturnType<typeof signedInState>>;

test.beforeAll(async ({ baseURL, browser }) => {
  member = await seedRealisticMember(baseURL!);
  signedIn = await signedInState(browser, baseURL!, member.email);
});

type Screen = {
  path: string;
  code: RegExp;
  reads: RegExp[];
  afterSession: RegExp[];
  shown: (page: Page) => Promise<void>;
};

/**
 * A first visit (a fresh context, so an empty cache) at a phone's width, with the screen's code held
 * back until every one of its reads has been asked for: they cannot have come from that code.
 */
async function firstVisit(browser: Browser, screen: Screen) {
  const context = await browser.newContext({ storageState: signedIn, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const requested: string[] = [];
  let allAsked = () => {};
  const readsAsked = new Promise<void>((resolve) => (allAsked = resolve));
  page.on('request', (request) => {
    const url = new URL(request.url());
    requested.push(url.pathname + url.search);
    if (screen.reads.every((read) => requested.some((each) => read.test(each)))) allAsked();
  });
  await page.route(screen.code, async (route) => {
    await readsAsked;
    await route.continue();
  });
  await page.goto(screen.path);
  await screen.shown(page);
  await expect(page.getByLabel('Loading')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  await context.close();
  return (url: RegExp) => requested.filter((each) => url.test(each)).length;
}

/** This address exactly. */
const only = (url: string) => new RegExp(`^${url.replace(/[?.]/g, '\\$&')}$`);

const screens = (letterId: string): Screen[] => [
  {
    path: '/app/directory?near=97204',
    code: /\/assets\/DirectoryPage-[\w-]+\.js$/,
    reads: [only('/api/directory?near=97204&radius=25&unit=mi&pageSize=20'), only('/api/taxonomy')],
    // Asked once the session says someone is signed in (the directory is open to visitors too).
    afterSession: [only('/api/me/profile')],
    shown: (page: Page) =>
      expect(
        page.getByRole('article', { name: /Maya Ortiz-Whitfield/ }).getByText('You', { exact: true }),
      ).toBeVisible(),
  },
  {
    path: '/app/contacts',
    code: /\/assets\/ContactsPage-[\w-]+\.js$/,
    // "Today" in the browser's calendar.
    reads: [only('/api/contacts?pageSize=50'), /^\/api\/contacts\/follow-ups\?today=\d{4}-\d{2}-\d{2}$/],
    afterSession: [],
    shown: (page: Page) =>
      expect(page.getByRole('link', { name: 'Dr. Jonathan Castellanos-Rivera' }).first()).toBeVisible(),
  },
  {
    path: '/app/letters',
    code: /\/assets\/LettersPage-[\w-]+\.js$/,
    reads: [only('/api/letters')],
    afterSession: [],
    shown: (page: Page) => expect(page.getByText('Dr. Jonathan Castellanos-Rivera').first()).toBeVisible(),
  },
  {
    path: `/app/letters/${letterId}`,
    code: /\/assets\/SavedLetterPage-[\w-]+\.js$/,
    reads: [only(`/api/letters/${letterId}`), only('/api/me/profile'), only('/api/contacts?pageSize=500')],
    afterSession: [],
    shown: (page: Page) =>
      expect(page.getByRole('heading', { name: 'Letter to Dr. Jonathan Castellanos-Rivera' })).toBeVisible(),
  },
];

test('a first visit asks for each read of the screen before its code has come, and only once: the screen takes that answer', async ({
  browser,
}) => {
  for (const screen of screens(member.ids.letter)) {
    const times = await firstVisit(browser, screen);
    for (const read of [...screen.reads, ...screen.afterSession])
      expect(times(read), `${screen.path}: ${read} asked for once`).toBe(1);
  }
});
