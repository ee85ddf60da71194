import { existsSync } from 'node:fs';

/** Without Debian's Chromium the suite is skipped, unless E2E_REQUIRED says it must run (CI). */
export const browserMissing = !existsSync('/usr/bin/chromium') && !process.env.E2E_REQUIRED;
export const browserMissingNotice = '/usr/bin/chromium is missing (set E2E_REQUIRED=1 to fail instead)';
