// The closed loop. Each step is allowed from one status and for one side (contracts/referrals.ts
// referralTransitions); it is one conditional UPDATE plus its timeline event, so of two identical
// requests racing exactly one moves the referral and the other gets 409. The other side is told.
import { referralTransitions, type ReferralThanks, type ReferralTransition } from '../../../contracts/referrals.ts';
import type { AppContext } from '../../context.ts';
import { AppError, invalid } from '../../http/errors.ts';
import type { ReferralActor } from './referrals.policy.ts';
import { viewerOf, type ReferralsService, type ReferralViewer } from './referrals.service.ts';
import { referralsRepository, type ReferralInsert, type ReferralRow } from './referrals.repository.ts';
import type { NoticeKind, Notices, NotificationsService } from '../notifications/notifications.service.ts';

export type TransitionsDeps = {
  referrals: ReferralsService;
  notifications: Pick<NotificationsService, 'transaction'>;
  /** Seals for the referral's client (their own data key, fetched before the transaction). */
  sealed: {
    forClient: (clientId: string) => Promise<{ seal: (text: string) => string; sealJson: (value: unknown) => string }>;
  };
};

export function referralTransitionsService(context: AppContext, { referrals, notifications, sealed }: TransitionsDeps) {
  const { policy } = referrals;

  function changesFor(
    row: ReferralRow,
    input: ReferralTransition,
    now: Date,
    sealer: { sealJson: (value: unknown) => string },
  ): Partial<ReferralInsert> & { status: string } {
    switch (input.to) {
      case 'scheduled':
        if (!input.appointmentAt) throw invalid('appointmentAt', 'is required to record the appointment');
        return { status: 'scheduled', appointmentAt: new Date(input.appointmentAt) };
      case 'seen':
        // A client cannot have been seen at an appointment that has not begun yet.
        if (row.appointmentAt && now < row.appointmentAt)
          throw invalid('seen', `can be recorded once the appointment has begun`);
        return { status: 'seen', seenAt: now };
      case 'replied':
        return {
          status: 'replied',
          outcomeEnc: sealer.sealJson({ findings: input.findings ?? '', recommendations: input.recommendations ?? '' }),
          okToResumeMassage: input.okToResumeMassage ?? null,
        };
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
  async function tellOtherSide(notices: Notices, row: ReferralRow, viewer: ReferralViewer, kind: NoticeKind) {
    const subject = { type: 'referral', id: row.id } as const;
    const other = viewer.side === 'recipient' ? row.fromUserId : row.toUserId;
    if (other) await notices.notify({ userId: other, kind, actor: viewer.label.replace(/^external:/, ''), subject });
    if (viewer.userId) await notices.actedOn(viewer.userId, subject);
  }

  /** Moves the referral one step as this caller (a member or the link holder), without showing it. */
  async function move(actor: ReferralActor, id: string, input: ReferralTransition, now = new Date()) {
    const row = await policy.requireAccess(actor, 'referrals.respond', id);
    const viewer = viewerOf(actor, row);
    const rule = referralTransitions[input.to];
    if (rule.by !== viewer.side) {
      throw new AppError('conflict', `Only the ${rule.by} can mark a referral ${input.to}`);
    }
    if (row.status !== rule.from) throw new AppError('conflict', `A ${row.status} referral cannot become ${input.to}`);
    const note = [input.reason, input.note].filter(Boolean).join('\n\n');
    const sealer = await sealed.forClient(row.clientId);
    const changes = changesFor(row, input, now, sealer);
    // The step, its timeline event and its notices commit together, or none of them does; the
    // notices go live after the commit.
    const moved = await notifications.transaction(async (tx, notices) => {
      const stepped = await referralsRepository(tx).transition(row.id, rule.from, changes, {
        kind: input.to,
        actorUserId: viewer.userId,
        actorLabel: viewer.label,
        noteEnc: note ? sealer.seal(note) : '',
      });
      if (stepped) await tellOtherSide(notices, stepped, viewer, `referral.${input.to}`);
      return stepped;
    });
    if (!moved) throw new AppError('conflict', `The referral is no longer ${rule.from}: someone moved it first`);
    return moved;
  }

  /** A thank-you note to the other side, without showing the referral. */
  async function thank(actor: ReferralActor, id: string, input: ReferralThanks) {
    const row = await policy.requireAccess(actor, 'referrals.thank', id);
    const viewer = viewerOf(actor, row);
    const sealer = await sealed.forClient(row.clientId);
    // The note and its notice are one write: a failure leaves nothing for a retry to duplicate.
    await notifications.transaction(async (tx, notices) => {
      await referralsRepository(tx).addEvent(row.id, {
        kind: 'thanks',
        actorUserId: viewer.userId,
        actorLabel: viewer.label,
        noteEnc: sealer.seal(input.message),
      });
      await tellOtherSide(notices, row, viewer, 'referral.thanks');
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
    return row;
  }

  return {
    move,
    thank,
    transition: async (actor: ReferralActor, id: string, input: ReferralTransition) =>
      referrals.present(await move(actor, id, input), actor),
    async thanks(actor: ReferralActor, id: string, input: ReferralThanks) {
      const row = await thank(actor, id, input);
      return referrals.present(row, actor);
    },
  };
}
