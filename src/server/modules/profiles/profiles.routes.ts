import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { profileSchema, profileUpdateSchema } from '../../../contracts/profile.ts';
import { taxonomy } from '../../../contracts/taxonomy.ts';
import type { Actors } from '../../http/actor.ts';
import { readImageUpload } from '../../http/uploads.ts';
import type { ProfileViewService } from './profile-view.service.ts';
import type { ProfilesService } from './profiles.service.ts';

const session = [{ session: [] }];
const imageKind = z.object({ kind: z.enum(['logo', 'photo']) });

export function registerProfileRoutes(base: FastifyInstance, actors: Actors, profiles: ProfilesService) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/taxonomy',
    {
      schema: {
        tags: ['profiles'],
        summary: 'Professions, specialties, modalities and other curated lists (key → label)',
      },
    },
    async () => taxonomy,
  );

  app.get(
    '/api/me/profile',
    { schema: { tags: ['profiles'], security: session, response: { 200: profileSchema } } },
    async (request) => profiles.getOwn(await actors.required(request)),
  );

  app.put(
    '/api/me/profile',
    {
      schema: {
        tags: ['profiles'],
        security: session,
        summary: 'Update my profile (any subset of fields)',
        body: profileUpdateSchema,
        response: { 200: profileSchema },
      },
    },
    async (request) => profiles.updateOwn(await actors.required(request), request.body),
  );

  app.post(
    '/api/me/onboarding/complete',
    { schema: { tags: ['profiles'], security: session, response: { 200: profileSchema } } },
    async (request) => profiles.completeOnboarding(await actors.required(request)),
  );

  app.post(
    '/api/me/profile/:kind',
    {
      schema: {
        tags: ['profiles'],
        security: session,
        summary: 'Upload my logo or photo (PNG, JPEG or WebP, ≤ 2 MB; multipart field "file")',
        params: imageKind,
        response: { 200: profileSchema },
      },
    },
    async (request) => {
      const actor = await actors.required(request);
      return profiles.setImage(actor, request.params.kind, (await readImageUpload(request)).bytes);
    },
  );

  app.delete(
    '/api/me/profile/:kind',
    { schema: { tags: ['profiles'], security: session, params: imageKind, response: { 200: profileSchema } } },
    async (request) => profiles.removeImage(await actors.required(request), request.params.kind),
  );

  app.get(
    '/media/:file',
    { schema: { hide: true, params: z.object({ file: z.string() }) } },
    async (request, reply) => {
      const media = await profiles.openMedia(request.params.file);
      return reply
        .type(media.type)
        .header('content-length', media.size)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(createReadStream(media.full));
    },
  );
}

/** GET /api/profiles/{slug}: registered by the profile view, which composes what other modules add. */
export function registerProfileViewRoute(base: FastifyInstance, actors: Actors, views: ProfileViewService) {
  base.withTypeProvider<ZodTypeProvider>().get(
    '/api/profiles/:slug',
    {
      schema: {
        tags: ['profiles'],
        summary: 'A profile, as the caller may see it (404 when hidden or members-only to the public)',
        params: z.object({ slug: z.string().max(80) }),
        response: { 200: profileSchema.omit({ licenseNumber: true }) },
      },
    },
    async (request) => views.view(request.params.slug, await actors.optional(request)),
  );
}
