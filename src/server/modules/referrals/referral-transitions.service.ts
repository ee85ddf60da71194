// The closed loop. Each step is allowed from one status and for one side (contracts/referrals.ts
// referralTransitions); it is one conditional UPDATE plus its timeline event, so of two identical
// requests racing exactly one moves the referral and the other gets 409. The other side is told.
import { referralTransitions, type ReferralSide, type ReferralThanks, type ReferralTransition } from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid } from '../../http/errors.ts';
import { notificationsService } from '../notifications/notifications.service.ts';
import { referralSealer } from './referral-sealing.ts';
import { referralPath, referralsService, type ReferralViewer } from './referrals.service.ts';
import { referralsRepository, type ReferralInsert, type ReferralRow } from './referrals.repository.ts';

const stepWords = {
  accepted: 'accepted',
  declined: 'declined',
  scheduled: 'made an appointment for',
  seen: 'has seen the client of',
  replied: 'replied with the outcome of',
  returned: 'marked as returned',
} as const;

export function referralTransitionsService(context: AppContext) {
  const repo = referralsRepository(context.db);
  const sealer = referralSealer(context.config);
  const referrals = referralsService(context);
  const notices = notificationsService(context);

  function changesFor(input: ReferralTransition, now: Date): Partial<ReferralInsert> & { status: string } {
    switch (input.to) {
      case 'scheduled':
        if (!input.appointmentAt) throw invalid('appointmentAt', 'is required to record the appointment');
        return { status: 'scheduled', appointmentAt: new Date(input.appointmentAt) };
      case 'seen':
        return { status: 'seen', seenAt: now };
      case 'replied':
        return { status: 'replied', outcomeEnc: sealer.sealJson({ findings: input.findings ?? '', recommendations: input.recommendations ?? '' }), okToResumeMassage: input.okToResumeMassage ?? null };
      case 'returned':
        return { status: 'returned', returnedAt: now };
      case 'accepted':
      case 'declined':
        return { status: input.to };
      default:
        return input.to satisfies never;
    }
  }

  /** Tells the other side: the referrer by notification; a member recipient likewise (an external one reads their link). */
  async function tellOtherSide(row: ReferralRow, viewer: ReferralViewer, kind: string, title: string, body: string) {
    const other = viewer.side === 'recipient' ? row.fromUserId : row.toUserId;
    if (!other) return;
    await notices.notify({ userId: other, kind, title, body, link: referralPath(row.id) });
  }

  /** Moves a referral one step as this viewer; the row must already be one they may see. */
  async function move(row: ReferralRow, viewer: ReferralViewer, input: ReferralTransition, now = new Date()) {
    const rule = referralTransitions[input.to];
    if (rule.by !== viewer.side) {
      throw new AppError('conflict', `Only the ${rule.by} can mark a referral ${input.to}`);
    }
    if (row.status !== rule.from) throw new AppError('conflict', `A ${row.status} referral cannot become ${input.to}`);
    const note = [input.reason, input.note].filter(Boolean).join('\n\n');
    const moved = await repo.transition(row.id, rule.from, changesFor(input, now), { kind: input.to, actorUserId: viewer.userId, actorLabel: viewer.label, noteEnc: note ? sealer.seal(note) : '' });
    if (!moved) throw new AppError('conflict', `The referral is no longer ${rule.from}: someone moved it first`);
    const name = viewer.label.replace(/^external:/, '');
    await tellOtherSide(moved, viewer, `referral.${input.to}`, `${name} ${stepWords[input.to]} the referral`, input.to === 'declined' ? `Reason: ${input.reason ?? ''}` : `The referral is now ${input.to}.`);
    return moved;
  }

  async function thank(row: ReferralRow, viewer: ReferralViewer, input: ReferralThanks) {
    await repo.addEvent(row.id, { kind: 'thanks', actorUserId: viewer.userId, actorLabel: viewer.label, noteEnc: sealer.seal(input.message) });
    const name = viewer.label.replace(/^external:/, '');
    await tellOtherSide(row, viewer, 'referral.thanks', `${name} thanked you`, input.message);
    if (viewer.side === 'referrer' && !row.toUserId && row.recipientEmail) {
      await context.mailer.send({ to: row.recipientEmail, subject: `A thank-you from ${name}`, text: `${name} writes:\n\n${input.message}`, ref: `referral:${row.id}` });
    }
  }

  const viewerOf = (actor: Actor, side: ReferralSide): ReferralViewer => ({ side, userId: actor.userId, label: actor.name });

  return {
    move,
    thank,
    async transition(actor: Actor, id: string, input: ReferralTransition) {
      const { row, side } = await referrals.requireParty(actor, id);
      const moved = await move(row, viewerOf(actor, side), input);
      return referrals.present(moved, viewerOf(actor, side));
    },
    async thanks(actor: Actor, id: string, input: ReferralThanks) {
      const { row, side } = await referrals.requireParty(actor, id);
      await thank(row, viewerOf(actor, side), input);
      return referrals.present(row, viewerOf(actor, side));
    },
  };
}
