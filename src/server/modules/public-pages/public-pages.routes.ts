// Server-rendered, indexable pages: / (the landing page), /p/:slug (a profile) and /directory (search). They answer HTML
// in every case — including 404 and bad input — because a browser, not a script, is reading.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { directoryQuerySchema } from '../../../contracts/directory.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../http/errors.ts';
import { sendHtml as sendPage } from '../../http/html-reply.ts';
import type { CoverServices } from '../cover/cover.module.ts';
import type { DirectoryService } from '../directory/directory.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { withoutPrivateFields } from '../../../contracts/profile.ts';
import { appBase } from '../../../contracts/app-paths.ts';
import { hasSessionCookie } from '../../http/session-cookie.ts';
import { directoryPage, type FieldError, type FormValues } from './directory-page.ts';
import { landingPage } from './landing-page.ts';
import { notFoundPage, profilePage } from './profile-page.ts';

const formFields = new Set(Object.keys(directoryQuerySchema.shape));

// Pages that depend on who is asking must not be stored by a shared cache.
const sendHtml = (reply: FastifyReply, status: number, body: string, shared: boolean) =>
  sendPage(reply, status, body, {
    cacheControl: shared ? 'public, max-age=60' : 'private, no-store',
    headers: { vary: 'Cookie' },
  });

export type PublicPagesDeps = {
  profiles: Pick<ProfilesService, 'findVisible'>;
  directory: Pick<DirectoryService, 'search'>;
  awayBanners: Pick<CoverServices['banners'], 'byUserId'>;
  /** "Mentored N therapists", when the mentor chose to show it. */
  mentoring: { mentoredCount: (userId: string) => Promise<number | null> };
};

/** The form's fields as typed: empty ones dropped (a GET form sends every field), repeated ones made single. */
function formValues(query: unknown): FormValues {
  const values: FormValues = {};
  for (const [name, raw] of Object.entries(query as Record<string, string | string[]>)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (formFields.has(name) && typeof value === 'string' && value.trim() !== '') values[name] = value;
  }
  return values;
}

// zod's generic messages are for developers; a visitor gets plain words. The contract's own
// messages ("must be positive", "at most 500") are already plain and pass through.
function plainMessage(issue: { code: string; message: string }) {
  if (issue.code === 'invalid_type') return 'must be a number';
  if (issue.code === 'invalid_value') return 'is not one of the choices';
  return issue.message;
}

const fieldErrors = (error: AppError): FieldError[] =>
  Array.isArray(error.details) ? (error.details as FieldError[]) : [{ field: 'q', message: error.message }];

export function registerPublicPages(
  app: FastifyInstance,
  { config, actors }: AppContext,
  { profiles, directory, awayBanners, mentoring }: PublicPagesDeps,
) {
  // Members go straight to their home in the app; visitors get the landing page. Only the cookie's
  // presence is checked, so the busiest URL does no database work and can be cached per cookie.
  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    if (hasSessionCookie(request.headers.cookie))
      return reply.header('cache-control', 'no-store').redirect(appBase, 302);
    return sendHtml(reply, 200, landingPage(config.publicUrl), true);
  });

  app.get('/p/:slug', { schema: { hide: true } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const viewer = await actors.optional(request);
    const found = slug.length <= 80 ? await profiles.findVisible(slug, viewer) : null;
    if (!found) return sendHtml(reply, 404, notFoundPage(config.publicUrl), false);
    const { profile } = found;
    const own = viewer?.userId === found.row.userId;
    const notice =
      own && profile.visibility === 'hidden'
        ? 'Preview: your profile is hidden, so only you can see this page.'
        : own && profile.visibility === 'members'
          ? 'Preview: your profile is visible to signed-in members only.'
          : null;
    const shown = withoutPrivateFields(profile);
    const away = (await awayBanners.byUserId([found.row.userId], viewer !== null)).get(found.row.userId);
    const mentored = await mentoring.mentoredCount(found.row.userId);
    const page = profilePage(
      { ...shown, ...(away ? { away } : {}), ...(mentored ? { mentored } : {}) },
      { publicUrl: config.publicUrl, notice },
    );
    return sendHtml(reply, 200, page, !viewer && profile.visibility === 'public');
  });

  app.get('/directory', { schema: { hide: true } }, async (request, reply) => {
    const values = formValues(request.query);
    const viewer = await actors.optional(request);
    const parsed = directoryQuerySchema.safeParse(values);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? 'q'),
        message: plainMessage(issue),
      }));
      return sendHtml(reply, 400, directoryPage(config.publicUrl, values, { errors }), false);
    }
    try {
      const result = await directory.search(viewer, parsed.data);
      return sendHtml(reply, 200, directoryPage(config.publicUrl, values, { result }), !viewer);
    } catch (error) {
      if (error instanceof AppError && error.code === 'validation_failed') {
        return sendHtml(reply, 400, directoryPage(config.publicUrl, values, { errors: fieldErrors(error) }), false);
      }
      throw error;
    }
  });
}
