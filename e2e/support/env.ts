import { existsSync } from 'node:fs';

/** Without Debian's Chromium the suite is skipped, unless E2E_REQUIRED says it must run (CI). */
export const browserMissing = !existsSync('/usr/bin/chromium') && !process.env.E2E_REQUIRED;
export const browserMissingNotice = '/usr/bin/chromium is missing (set E2E_REQUIRED=1 to fail instead)';

/** Chromium's flags for every browser here: headless, and without them it stalls reaching for the (closed) network. */
export const closedNetworkChromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
