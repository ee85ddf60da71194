// The printable referral letter and outcome reply, for either party. They carry the packet, so
// they go through the same view (and the same access audit) as GET /api/referrals/{id}.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { logoForPdf } from '../../lib/pdf.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { renderOutcomeReply, renderReferralLetter } from './referral-pdf.ts';
import { referralsRepository } from './referrals.repository.ts';
import type { ReferralsService } from './referrals.service.ts';

const fileDay = (iso: string) => iso.slice(0, 10);

export function referralDocuments(
  context: AppContext,
  { referrals, profiles }: { referrals: ReferralsService; profiles: Pick<ProfilesService, 'letterhead'> },
) {
  const repo = referralsRepository(context.db);
  const { policy } = referrals;

  async function letterheadOf(userId: string) {
    const account = await repo.account(userId);
    if (!account) return null;
    const { letterhead } = await profiles.letterhead(account);
    return { letterhead, logo: await logoForPdf(context.config.uploadDir, letterhead.logoFile) };
  }

  return {
    async letter(actor: Actor, id: string) {
      const row = await policy.requireAccess(actor, 'referrals.read', id);
      const view = await referrals.present(row, actor);
      const head = (await letterheadOf(row.fromUserId)) ?? {
        letterhead: { name: view.from.name, practiceName: '', street: '', contactLine: '', logoFile: null },
        logo: null,
      };
      return { filename: `referral-${fileDay(view.createdAt)}.pdf`, bytes: await renderReferralLetter(view, head) };
    },
    async outcome(actor: Actor, id: string) {
      const row = await policy.requireAccess(actor, 'referrals.read', id);
      if (!row.outcomeEnc) throw new AppError('conflict', 'There is no outcome reply yet');
      const view = await referrals.present(row, actor);
      const head = row.toUserId ? await letterheadOf(row.toUserId) : null;
      return {
        filename: `referral-outcome-${fileDay(view.updatedAt)}.pdf`,
        bytes: await renderOutcomeReply(view, head ?? { letterhead: null, logo: null }),
      };
    },
  };
}
