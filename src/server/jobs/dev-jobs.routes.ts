// POST /dev/jobs/<name>/run: runs a timed job now instead of at its next check, on a developer's
// machine only (http/dev-only.ts), so the meeting reminders or the mail retries can be tried
// without waiting for their interval. The browser tests use it to see a reminder arrive.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { devToolsAllowed } from '../http/dev-only.ts';
import { notFound } from '../http/errors.ts';
import type { JobScheduler } from './job-scheduler.ts';

const params = z.object({ name: z.string().regex(/^[a-z0-9-]{1,64}$/) });

export function registerDevJobRoutes(app: FastifyInstance, config: Config, jobs: JobScheduler) {
  app.post('/dev/jobs/:name/run', { schema: { hide: true } }, async (request) => {
    const parsed = params.safeParse(request.params);
    if (!devToolsAllowed(config, request) || !parsed.success || !jobs.has(parsed.data.name)) throw notFound();
    return { job: parsed.data.name, outcome: await jobs.runNow(parsed.data.name) };
  });
}
