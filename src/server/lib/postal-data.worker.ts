// Loads the `zipcodes` package's table off the main thread and posts it back (geo.ts warmPostalData).
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { PostalCodes } from './geo.ts';

const { codes } = createRequire(import.meta.url)('zipcodes') as { codes: PostalCodes };
parentPort?.postMessage(codes);
