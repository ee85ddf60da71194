// /api/research-projects (members) and /research/{slug}, the public page whose sign-up form works
// without JavaScript. The form is limited per client address (the shared rate-limit table).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idParams,
  memberParams,
  researchApplySchema,
  researchCreateSchema,
  researchProjectSchema,
  researchSignupSchema,
} from '../../../../contracts/collaborations.ts';
import type { AppContext } from '../../../context.ts';
import { rateLimitRepository } from '../../../db/rate-limit.repository.ts';
import { sendHtml } from '../../../http/html-reply.ts';
import { memberRouteOptions } from '../../../http/route-docs.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import { noSuchProject } from '../collaborations.policy.ts';
import { researchGonePage, researchPage, type SignupForm } from './research-page.ts';
import type { ProjectRow } from './research.repository.ts';
import type { ResearchService } from './research.service.ts';

const member = memberRouteOptions(['collaborations']);
const noBody = z.object({}).strict().optional();
const formContentType = 'application/x-www-form-urlencoded';
export const signupsPerHour = 10;

export function registerResearchRoutes(
  base: FastifyInstance,
  context: Pick<AppContext, 'actors' | 'config' | 'db'>,
  research: ResearchService,
  profiles: Pick<ProfilesService, 'memberCards'>,
) {
  const { actors, config } = context;
  const app = base.withTypeProvider<ZodTypeProvider>();
  const caller = (request: FastifyRequest) => actors.requiredForRecord(request, noSuchProject);
  const limits = rateLimitRepository(context.db);

  app.post(
    '/api/research-projects',
    member({
      summary: 'Start a research project (new accounts: a few posts a day); its public page recruits participants',
      body: researchCreateSchema,
      response: { 201: researchProjectSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await research.create(await actors.required(request), request.body)),
  );

  app.get(
    '/api/research-projects/:id',
    member({
      summary: 'A research project: members by role; the lead also sees applications and outside sign-ups',
      params: idParams,
      response: { 200: researchProjectSchema },
    }),
    async (request) => research.get(await caller(request), request.params.id),
  );

  app.post(
    '/api/research-projects/:id/applications',
    member({
      summary: 'Apply to join the project as a collaborator or participant',
      params: idParams,
      body: researchApplySchema,
      response: { 200: researchProjectSchema },
    }),
    async (request) => research.apply(await caller(request), request.params.id, request.body),
  );

  for (const [verb, to] of [
    ['accept', 'accepted'],
    ['decline', 'declined'],
  ] as const) {
    app.post(
      `/api/research-projects/:id/members/:memberId/${verb}`,
      member({
        summary: `${verb === 'accept' ? 'Accept' : 'Decline'} a member's application (the lead)`,
        params: memberParams,
        body: noBody,
        response: { 200: researchProjectSchema },
      }),
      async (request) => research.answer(await caller(request), request.params.id, request.params.memberId, to),
    );
  }

  async function show(
    reply: FastifyReply,
    project: ProjectRow,
    status: number,
    form: SignupForm,
    state: 'open' | 'thanks' | 'limited',
  ) {
    const lead = (await profiles.memberCards([project.leadUserId], 'public')).get(project.leadUserId) ?? null;
    return sendHtml(reply, status, researchPage(config.publicUrl, { ...project, lead }, form, state));
  }
  const empty: SignupForm = { values: {}, errors: [] };
  const slugOf = (request: FastifyRequest) => (request.params as { slug: string }).slug;

  app.get('/research/:slug', { schema: { hide: true } }, async (request, reply) => {
    const project = await research.findPublic(slugOf(request));
    if (!project) return sendHtml(reply, 404, researchGonePage(config.publicUrl));
    const thanks = (request.query as { signed?: string }).signed === '1';
    return show(reply, project, 200, empty, thanks ? 'thanks' : 'open');
  });

  return app.register(async (scope) => {
    scope.addContentTypeParser(formContentType, { parseAs: 'string', bodyLimit: 8 * 1024 }, (_request, body, done) =>
      done(null, body),
    );
    scope.post('/research/:slug', { schema: { hide: true } }, async (request, reply) => {
      const project = await research.findPublic(slugOf(request));
      if (!project) return sendHtml(reply, 404, researchGonePage(config.publicUrl));
      const values: Record<string, string> = {
        name: '',
        email: '',
        note: '',
        ...Object.fromEntries(
          [...new URLSearchParams(typeof request.body === 'string' ? request.body : '')].filter(([name]) =>
            ['name', 'email', 'note'].includes(name),
          ),
        ),
      };
      const { count } = await limits.hit(`research-signup:${request.ip}`, 3600);
      if (count > signupsPerHour) return show(reply.header('retry-after', '3600'), project, 429, empty, 'limited');
      const parsed = researchSignupSchema.safeParse(values);
      if (!parsed.success) {
        const errors = parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message }));
        return show(reply, project, 400, { values, errors }, 'open');
      }
      await research.signUp(project, parsed.data);
      return reply.redirect(`/research/${project.slug}?signed=1`, 303);
    });
  });
}
