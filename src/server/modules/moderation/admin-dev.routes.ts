// POST /dev/admin { action: 'grant' | 'revoke', email }: the admin command (admin.command.ts) on a
// developer's machine only (http/dev-only.ts), for the browser tests — the embedded database holds
// its one connection in the running server, so `npm run admin` cannot run beside it. Anywhere else,
// and for anyone not on this machine, it is the unknown path's 404.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { devToolsAllowed } from '../../http/dev-only.ts';
import { notFound } from '../../http/errors.ts';
import { runAdminCommand } from './admin.command.ts';

const body = z.object({ action: z.enum(['grant', 'revoke']), email: z.string().max(200) });

export function registerAdminDevRoute(app: FastifyInstance, { config, db }: Pick<AppContext, 'config' | 'db'>) {
  app.post('/dev/admin', { schema: { hide: true } }, async (request) => {
    const parsed = body.safeParse(request.body);
    if (!devToolsAllowed(config, request) || !parsed.success) throw notFound();
    return runAdminCommand(db, parsed.data.action, parsed.data.email);
  });
}
