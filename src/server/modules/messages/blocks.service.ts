// Block and report a member. A block is private: the blocked member is never told, and what they
// see is what they would see for a member who does not exist (see docs/realtime.md).
import type { ReportCreate } from '../../../contracts/messages.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { ReportIntakeService } from '../moderation/report-intake.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { blocksRepository } from './blocks.repository.ts';
import { conversationsRepository } from './conversations.repository.ts';
import { messagesRepository } from './messages.repository.ts';

export type BlocksDeps = {
  profiles: Pick<ProfilesService, 'requireVisibleMember'>;
  /** The admin queue: a report names the message (kind 'message') or else the member's profile. */
  reports: ReportIntakeService;
};

export function blocksService(context: AppContext, { profiles, reports }: BlocksDeps) {
  const repo = blocksRepository(context.db);
  const messages = messagesRepository(context.db);
  const conversations = conversationsRepository(context.db);

  const otherMember = (actor: Actor, slug: string) =>
    profiles.requireVisibleMember(slug, actor, {
      field: 'slug',
      self: 'is you',
      whenMissing: () => notFound('Member not found'),
    });

  return {
    async block(actor: Actor, slug: string) {
      const member = await otherMember(actor, slug);
      await repo.block(actor.userId, member.userId);
      return { slug: member.slug, blocked: true };
    },
    async unblock(actor: Actor, slug: string) {
      const member = await otherMember(actor, slug);
      await repo.unblock(actor.userId, member.userId);
      return { slug: member.slug, blocked: false };
    },
    async report(actor: Actor, slug: string, input: ReportCreate) {
      const member = await otherMember(actor, slug);
      let message: Awaited<ReturnType<typeof messages.findById>> = null;
      if (input.messageId) {
        // Only a message the reporter can read, written by the member reported.
        message = await messages.findById(input.messageId);
        const readable = message && (await conversations.findForMember(message.conversationId, actor.userId));
        if (!message || !readable || message.senderId !== member.userId || message.hiddenAt) {
          throw new AppError('not_found', 'messageId: no such message from this member', [
            { field: 'messageId', message: 'no such message from this member' },
          ]);
        }
      }
      const reason = input.details ? `${input.reason}: ${input.details}` : input.reason;
      const created = await reports.file(
        message
          ? {
              kind: 'message',
              itemId: message.id,
              title: `A direct message from ${member.displayName}`,
              excerpt: message.body,
              authorUserId: member.userId,
            }
          : {
              kind: 'profile',
              itemId: member.slug,
              title: member.displayName,
              excerpt: '',
              authorUserId: member.userId,
            },
        { userId: actor.userId, reason },
      );
      return { id: created.reportId, reason: input.reason, createdAt: new Date().toISOString() };
    },
  };
}
