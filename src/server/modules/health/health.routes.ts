import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { healthRepository } from './health.repository.ts';

export function registerHealthRoutes(app: FastifyInstance, { db, dbKind }: AppContext) {
  const health = healthRepository(db);
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Liveness and database reachability',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await health.ping();
      return { status: 'ok' as const, database: dbKind };
    },
  );
}
