// /api/campaigns: joint marketing campaigns (the organizer's invitations, each participant's
// answer and offer) and the public landing page /campaigns/{slug} with its "Contact" form.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  campaignCreateSchema,
  campaignInviteSchema,
  campaignOfferSchema,
  campaignSchema,
  idParams,
} from '../../../../contracts/collaborations.ts';
import type { AppContext } from '../../../context.ts';
import { sendHtml } from '../../../http/html-reply.ts';
import { memberRouteOptions } from '../../../http/route-docs.ts';
import { noSuchCampaign } from '../collaborations.policy.ts';
import { visitorOf } from './campaign-counts.ts';
import type { campaignLanding } from './campaign-landing.ts';
import { campaignGonePage, campaignLandingPage } from './campaign-page.ts';
import type { CampaignsService } from './campaigns.service.ts';

const member = memberRouteOptions(['collaborations']);
const noBody = z.object({}).strict().optional();
const formContentType = 'application/x-www-form-urlencoded';

export function registerCampaignRoutes(
  base: FastifyInstance,
  { actors, config }: Pick<AppContext, 'actors' | 'config'>,
  campaigns: CampaignsService,
  landing: ReturnType<typeof campaignLanding>,
) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const caller = (request: FastifyRequest) => actors.requiredForRecord(request, noSuchCampaign);

  app.post(
    '/api/campaigns',
    member({
      summary: 'Start a joint marketing campaign and invite members (new accounts: a few posts a day)',
      body: campaignCreateSchema,
      response: { 201: campaignSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await campaigns.create(await actors.required(request), request.body)),
  );

  app.get(
    '/api/campaigns/:id',
    member({
      summary: 'A campaign: participants, offers, and (to participants) visits and referrals per participant',
      params: idParams,
      response: { 200: campaignSchema },
    }),
    async (request) => campaigns.get(await caller(request), request.params.id),
  );

  app.post(
    '/api/campaigns/:id/invitations',
    member({
      summary: 'Invite a member to the campaign (organizer)',
      params: idParams,
      body: campaignInviteSchema,
      response: { 200: campaignSchema },
    }),
    async (request) => campaigns.invite(await caller(request), request.params.id, request.body.memberSlug),
  );

  for (const [verb, act] of [
    ['accept', campaigns.accept],
    ['decline', campaigns.decline],
  ] as const) {
    app.post(
      `/api/campaigns/:id/${verb}`,
      member({
        summary: `${verb === 'accept' ? 'Accept' : 'Decline'} my invitation to the campaign (the invited member)`,
        params: idParams,
        body: noBody,
        response: { 200: campaignSchema },
      }),
      async (request) => act(await caller(request), request.params.id),
    );
  }

  app.put(
    '/api/campaigns/:id/offer',
    member({
      summary: 'Set my offer on the campaign page (an accepted participant): my words, optionally one of my offers',
      params: idParams,
      body: campaignOfferSchema,
      response: { 200: campaignSchema },
    }),
    async (request) => campaigns.setOffer(await caller(request), request.params.id, request.body),
  );

  const secure = config.publicUrl.startsWith('https:');
  const gone = (reply: FastifyReply) => sendHtml(reply, 404, campaignGonePage(config.publicUrl));

  // The page counts visits, so no shared cache may answer it.
  app.get('/campaigns/:slug', { schema: { hide: true } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const via = (request.query as { via?: unknown }).via;
    const visitor = { key: visitorOf(request, reply, secure), address: request.ip };
    const page = await landing.view(slug, typeof via === 'string' ? via : undefined, visitor);
    if (!page) return gone(reply);
    return sendHtml(reply, 200, campaignLandingPage(config.publicUrl, page));
  });

  // A form post with no JavaScript; the site's CSRF rule (http/security.ts) applies as to every post.
  return app.register(async (scope) => {
    scope.addContentTypeParser(formContentType, { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) =>
      done(null, body),
    );
    scope.post('/campaigns/:slug/contact', { schema: { hide: true } }, async (request, reply) => {
      const { slug } = request.params as { slug: string };
      const participant = new URLSearchParams(typeof request.body === 'string' ? request.body : '').get('participant');
      const valid = participant && z.uuid().safeParse(participant).success;
      const visitor = { key: visitorOf(request, reply, secure), address: request.ip };
      const profile = valid ? await landing.contact(slug, participant, visitor) : null;
      if (!profile) return gone(reply);
      return reply.redirect(profile, 303);
    });
  });
}
