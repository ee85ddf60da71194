import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { profileSchema, profileUpdateSchema } from '../../../contracts/profile.ts';
import { taxonomy } from '../../../contracts/taxonomy.ts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../http/errors.ts';
import { readUploadedFile } from '../../http/uploads.ts';
import { maxImageBytes, storedImagePattern } from '../../lib/images.ts';
import { awayBanners } from '../cover/away-banners.ts';
import { endorsementCounts } from '../network/endorsement-counts.ts';
import { profilesService } from './profiles.service.ts';

const session = [{ session: [] }];
const imageKind = z.object({ kind: z.enum(['logo', 'photo']) });

const readUpload = async (request: FastifyRequest) =>
  (await readUploadedFile(request, { maxBytes: maxImageBytes, hint: 'send the image as multipart/form-data in a field named "file"' })).bytes;

export function registerProfileRoutes(base: FastifyInstance, { db, config, actors }: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const profiles = profilesService(db, config.uploadDir);

  app.get('/api/taxonomy', { schema: { tags: ['profiles'], summary: 'Professions, specialties, modalities and other curated lists (key → label)' } }, async () => taxonomy);

  app.get('/api/me/profile', { schema: { tags: ['profiles'], security: session, response: { 200: profileSchema } } }, async (request) =>
    profiles.getOwn(await actors.required(request)),
  );

  app.put(
    '/api/me/profile',
    { schema: { tags: ['profiles'], security: session, summary: 'Update my profile (any subset of fields)', body: profileUpdateSchema, response: { 200: profileSchema } } },
    async (request) => profiles.updateOwn(await actors.required(request), request.body),
  );

  app.post('/api/me/onboarding/complete', { schema: { tags: ['profiles'], security: session, response: { 200: profileSchema } } }, async (request) =>
    profiles.completeOnboarding(await actors.required(request)),
  );

  app.post(
    '/api/me/profile/:kind',
    { schema: { tags: ['profiles'], security: session, summary: 'Upload my logo or photo (PNG, JPEG or WebP, ≤ 2 MB; multipart field "file")', params: imageKind, response: { 200: profileSchema } } },
    async (request) => {
      const actor = await actors.required(request);
      return profiles.setImage(actor, request.params.kind, await readUpload(request));
    },
  );

  app.delete('/api/me/profile/:kind', { schema: { tags: ['profiles'], security: session, params: imageKind, response: { 200: profileSchema } } }, async (request) =>
    profiles.removeImage(await actors.required(request), request.params.kind),
  );

  app.get(
    '/api/profiles/:slug',
    { schema: { tags: ['profiles'], summary: 'A profile, as the caller may see it (404 when hidden or members-only to the public)', params: z.object({ slug: z.string().max(80) }), response: { 200: profileSchema.omit({ licenseNumber: true }) } } },
    async (request) => {
      const viewer = await actors.optional(request);
      const found = await profiles.findVisible(request.params.slug, viewer);
      if (!found) throw notFound('No such profile');
      // The licence number is for the member and (later) verification, not for browsing.
      const { licenseNumber: _private, ...shown } = found.profile;
      const away = (await awayBanners(db).byUserId([found.row.userId], viewer !== null)).get(found.row.userId);
      return { ...shown, endorsements: await endorsementCounts(db, found.row), ...(away ? { away } : {}) };
    },
  );

  app.get('/media/:file', { schema: { hide: true, params: z.object({ file: z.string() }) } }, async (request, reply) => {
    const { file } = request.params;
    if (!storedImagePattern.test(file)) throw notFound();
    const full = path.join(config.uploadDir, file);
    const info = await stat(full).catch(() => null);
    if (!info) throw notFound();
    const type = file.endsWith('.png') ? 'image/png' : file.endsWith('.webp') ? 'image/webp' : 'image/jpeg';
    return reply
      .type(type)
      .header('content-length', info.size)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(createReadStream(full));
  });
}
