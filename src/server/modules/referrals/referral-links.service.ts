// The private link for a recipient who is not a member: 256 bits from the CSPRNG, emailed once,
// stored only as its SHA-256, valid for linkLifetimeDays, replaced by a re-issue and revocable
// by the referrer. A token opens exactly the referral its row names and nothing else.
import { createHash, randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../http/errors.ts';
import { referralLinksRepository, type ReferralLinkRow } from './referral-links.repository.ts';
import type { ReferralLinkHolder } from './referrals.policy.ts';
import type { ReferralRow } from './referrals.repository.ts';

export const linkLifetimeDays = 30;
const dayMs = 86_400_000;
const urgencyWords = { routine: 'routine', soon: 'soon', urgent: 'URGENT' } as const;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type LinkState = { state: 'active' | 'revoked' | 'expired'; sentTo: string; expiresAt: string };

export function referralLinks(context: Pick<AppContext, 'db' | 'mailer' | 'config'>) {
  const repo = referralLinksRepository(context.db);
  const { mailer, config } = context;

  async function resolve(token: string, now = new Date()): Promise<ReferralLinkRow> {
    if (!/^[\w-]{20,100}$/.test(token)) throw notFound('No such referral link');
    const link = await repo.findLive(hashToken(token), now);
    if (!link) throw notFound('No such referral link');
    return link;
  }

  return {
    /** Makes a new link (the old ones stop working) and emails it to the recipient. */
    async issue(
      row: ReferralRow,
      sender: { userId: string; name: string; email: string },
      now = new Date(),
    ): Promise<LinkState> {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + linkLifetimeDays * dayMs);
      const link = await repo.issue(
        { referralId: row.id, tokenHash: hashToken(token), sentTo: row.recipientEmail, expiresAt },
        { kind: 'link-issued', actorUserId: sender.userId, actorLabel: sender.name, noteEnc: '' },
      );
      const url = `${config.publicUrl}/r/${token}`;
      const urgency = urgencyWords[row.urgency as keyof typeof urgencyWords] ?? row.urgency;
      // The email says who and how urgent, never anything about the client: that stays behind the link.
      await mailer.send({
        to: row.recipientEmail,
        replyTo: sender.email,
        subject: `${sender.name} has referred a client to you (${urgency})`,
        text: [
          `Dear ${row.recipientName},`,
          '',
          `${sender.name} has referred a client to you through Kneadwork (urgency: ${urgency}).`,
          'Open this private link to read the referral, accept or decline it, and reply with the outcome:',
          '',
          url,
          '',
          `The link is for you only and works until ${expiresAt.toISOString().slice(0, 10)}. No account is needed.`,
          `Questions? Reply to this email to reach ${sender.name}.`,
        ].join('\n'),
        ref: `referral:${row.id}`,
      });
      return { state: 'active', sentTo: link.sentTo, expiresAt: link.expiresAt.toISOString() };
    },

    revoke: (referralId: string, by: { userId: string; name: string }) =>
      repo.revoke(referralId, { kind: 'link-revoked', actorUserId: by.userId, actorLabel: by.name, noteEnc: '' }),

    /** The live link a token names; 404 for an unknown, expired or revoked one. */
    resolve,

    /** Who holds the token: the link holder of exactly the referral its row names (404 as resolve). */
    async holderOf(token: string, now = new Date()): Promise<ReferralLinkHolder> {
      const link = await resolve(token, now);
      return {
        kind: 'link-holder',
        linkId: link.id,
        subject: { type: 'referral', id: link.referralId },
        sentTo: link.sentTo,
      };
    },

    async stateOf(referralId: string, now = new Date()): Promise<LinkState | null> {
      const link = await repo.latest(referralId);
      if (!link) return null;
      const state = link.revokedAt ? 'revoked' : link.expiresAt <= now ? 'expired' : 'active';
      return { state, sentTo: link.sentTo, expiresAt: link.expiresAt.toISOString() };
    },
  };
}
export type ReferralLinks = ReturnType<typeof referralLinks>;
