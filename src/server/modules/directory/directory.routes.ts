import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { directoryQuerySchema, directoryResultSchema } from '../../../contracts/directory.ts';
import type { AppContext } from '../../context.ts';
import { sendJsonText, writesBuiltJson } from '../../http/built-response.ts';
import type { DirectoryService } from './directory.service.ts';

export function registerDirectoryRoutes(
  app: FastifyInstance,
  { actors, config }: AppContext,
  { directory }: { directory: DirectoryService },
) {
  const builtJson = writesBuiltJson(config);
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/directory',
    {
      schema: {
        tags: ['directory'],
        summary:
          'Find professionals by text, profession, specialty, modality, referrals and distance from a postal code',
        description:
          'Public profiles for everyone, members-only profiles for signed-in members, hidden ones never. `near` is a US ZIP or Canadian postal code; `radius` (default 25) is in `unit`. Sort defaults to distance with `near`, relevance with `q`, else name.',
        querystring: directoryQuerySchema,
        response: { 200: directoryResultSchema },
      },
    },
    async (request, reply) => {
      const viewer = await actors.optional(request);
      // Production writes the service's own JSON text; elsewhere zod checks the object (http/built-response.ts).
      if (builtJson) return sendJsonText(reply, await directory.searchJson(viewer, request.query));
      return directory.search(viewer, request.query);
    },
  );
}
