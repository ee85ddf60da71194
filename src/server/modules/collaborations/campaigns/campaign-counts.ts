// Counting visits and referrals on a campaign's landing page, per participant. A visit is a page
// view that names a participant (`?via=<their profile slug>`, the link each participant shares); a
// referral is a press of a participant's "Contact" button on the page (a form post, which then
// opens their public profile). Each is counted at most once per visitor, participant and UTC day:
// the visitor is a random cookie we set (path /campaigns, a year), stored only as its SHA-256. A
// client that throws cookies away gets a new one per request, so each address may add at most
// `perAddressDaily` new counts to one campaign a day (the shared rate-limit table).
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { rateLimitRepository } from '../../../db/rate-limit.repository.ts';
import type { CampaignsRepository, HitKind } from './campaigns.repository.ts';

export const visitorCookie = 'kneadwork_visitor';
export const perAddressDaily = 20;
const daySeconds = 24 * 60 * 60;

/** The visitor's key (hash of their cookie), setting a fresh cookie when they have none. */
export function visitorOf(request: FastifyRequest, reply: FastifyReply, secure: boolean) {
  let token = request.cookies[visitorCookie];
  if (!token || !/^[A-Za-z0-9_-]{22,64}$/.test(token)) {
    token = randomBytes(18).toString('base64url');
    void reply.setCookie(visitorCookie, token, {
      path: '/campaigns',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: 365 * daySeconds,
    });
  }
  return createHash('sha256').update(token).digest('base64url');
}

export function campaignCounter({ db }: Pick<AppContext, 'db'>, repo: CampaignsRepository) {
  const limits = rateLimitRepository(db);
  return async (campaignId: string, participantId: string, kind: HitKind, visitorKey: string, address: string) => {
    const key = `campaign-hits:${campaignId}:${address}`;
    // Only new counts use up the address's allowance: a reload costs nobody else on that address.
    if ((await limits.peek(key)).count >= perAddressDaily) return false;
    const counted = await repo.hit(participantId, kind, visitorKey);
    if (counted) await limits.hit(key, daySeconds);
    return counted;
  };
}
