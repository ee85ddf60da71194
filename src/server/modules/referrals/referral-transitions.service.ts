// The closed loop. Each step is allowed from one status and for one side (contracts/referrals.ts
// referralTransitions); it is one conditional UPDATE plus its timeline event, so of two identical
// requests racing exactly one moves the referral and the other gets 409. The other side is told.
import { referralTransitions, type ReferralSide, type ReferralThanks, type ReferralTransition } from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import type { MemberServices } from '../index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid } from '../../http/errors.ts';
import type { Db } from '../../db/client.ts';
import { notificationsService } from '../notifications/notifications.service.ts';
import type { NoticeKind } from '../notifications/notice-wording.ts';
import { referralSealer } from './referral-sealing.ts';
import { referralsService, type ReferralViewer } from './referrals.service.ts';
import { referralsRepository, type ReferralInsert, type ReferralRow } from './referrals.repository.ts';

export function referralTransitionsService(context: AppContext, services: MemberServices) {
  const repo = referralsRepository(context.db);
  const sealer = referralSealer(context.config);
  const referrals = referralsService(context, services);

  function changesFor(row: ReferralRow, input: ReferralTransition, now: Date): Partial<ReferralInsert> & { status: string } {
    switch (input.to) {
      case 'scheduled':
        if (!input.appointmentAt) throw invalid('appointmentAt', 'is required to record the appointment');
        return { status: 'scheduled', appointmentAt: new Date(input.appointmentAt) };
      case 'seen':
        // A client cannot have been seen at an appointment that has not begun yet.
        if (row.appointmentAt && now < row.appointmentAt) throw invalid('seen', `can be recorded once the appointment has begun`);
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

  /**
   * On the step's transaction: tells the other side (an external recipient reads their link
   * instead) and marks what the actor was told about this referral read — they just acted on it.
   */
  async function tellOtherSide(tx: Db, row: ReferralRow, viewer: ReferralViewer, kind: NoticeKind) {
    const notices = notificationsService({ ...context, db: tx });
    const subject = { type: 'referral', id: row.id } as const;
    const other = viewer.side === 'recipient' ? row.fromUserId : row.toUserId;
    if (other) await notices.notify({ userId: other, kind, actor: viewer.label.replace(/^external:/, ''), subject });
    if (viewer.userId) await notices.actedOn(viewer.userId, subject);
  }

  /** Moves a referral one step as this viewer; the row must already be one they may see. */
  async function move(row: ReferralRow, viewer: ReferralViewer, input: ReferralTransition, now = new Date()) {
    const rule = referralTransitions[input.to];
    if (rule.by !== viewer.side) {
      throw new AppError('conflict', `Only the ${rule.by} can mark a referral ${input.to}`);
    }
    if (row.status !== rule.from) throw new AppError('conflict', `A ${row.status} referral cannot become ${input.to}`);
    const note = [input.reason, input.note].filter(Boolean).join('\n\n');
    const changes = changesFor(row, input, now);
    // The step, its timeline event and its notices commit together, or none of them does.
    const moved = await repo.inTransaction(async (tx) => {
      const stepped = await referralsRepository(tx).transition(row.id, rule.from, changes, { kind: input.to, actorUserId: viewer.userId, actorLabel: viewer.label, noteEnc: note ? sealer.seal(note) : '' });
      if (stepped) await tellOtherSide(tx, stepped, viewer, `referral.${input.to}`);
      return stepped;
    });
    if (!moved) throw new AppError('conflict', `The referral is no longer ${rule.from}: someone moved it first`);
    return moved;
  }

  async function thank(row: ReferralRow, viewer: ReferralViewer, input: ReferralThanks) {
    // The note and its notice are one write: a failure leaves nothing for a retry to duplicate.
    await repo.inTransaction(async (tx) => {
      await referralsRepository(tx).addEvent(row.id, { kind: 'thanks', actorUserId: viewer.userId, actorLabel: viewer.label, noteEnc: sealer.seal(input.message) });
      await tellOtherSide(tx, row, viewer, 'referral.thanks');
    });
    if (viewer.side === 'referrer' && !row.toUserId && row.recipientEmail) {
      // The note itself may name the client: it stays behind the private link.
      const name = viewer.label;
      await context.mailer.send({
        to: row.recipientEmail,
        subject: `A thank-you from ${name}`,
        text: `Dear ${row.recipientName},\n\n${name} sent you a thank-you note for the referral. Open the private link in our earlier email about this referral to read it.`,
        ref: `referral:${row.id}`,
      });
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
