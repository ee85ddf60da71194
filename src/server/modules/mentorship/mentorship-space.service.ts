// The shared space of a mentorship, for its two parties only: goals (add, mark done), check-ins
// (a time, and optionally a reminder the scheduler sends once to both), each party's private note
// (read only by its author), and the direct conversation with the other party (messages module).
// Goals and check-ins belong to a running mentorship (409 otherwise); notes stay writable after.
import type { MentorshipSpace } from '../../../contracts/mentorship.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, invalid, notFound } from '../../http/errors.ts';
import type { ConversationsService } from '../messages/conversations.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { otherPartyOf } from './mentorship.mapper.ts';
import { noSuchMentorship, type MentorshipsService } from './mentorships.service.ts';
import { mentorshipsRepository, type MentorshipRow } from './mentorships.repository.ts';

export type MentorshipSpaceDeps = {
  mentorships: Pick<MentorshipsService, 'policy' | 'present'>;
  conversations: Pick<ConversationsService, 'create'>;
  notifications: Pick<NotificationsService, 'notify'>;
  profiles: { memberCards: (ids: readonly string[]) => Promise<Map<string, { slug: string }>> };
};

const running = (row: MentorshipRow) => {
  if (row.status !== 'active') throw conflict(`This mentorship is ${row.status}: the space is read-only`, 'not_active');
  return row;
};

export function mentorshipSpaceService(
  context: AppContext,
  { mentorships, conversations, notifications, profiles }: MentorshipSpaceDeps,
) {
  const repo = mentorshipsRepository(context.db);
  const access = (actor: Actor, id: string) => mentorships.policy.requireAccess(actor, 'mentorships.space', id);

  async function view(actor: Actor, id: string): Promise<MentorshipSpace> {
    const row = await mentorships.policy.requireAccess(actor, 'mentorships.read', id);
    const [base, goals, checkIns, myNote] = await Promise.all([
      mentorships.present(actor, row),
      repo.goalsOf(id),
      repo.checkInsOf(id),
      repo.noteOf(id, actor.userId),
    ]);
    return {
      ...base,
      goals: goals.map((goal) => ({
        id: goal.id,
        title: goal.title,
        done: goal.doneAt !== null,
        createdAt: new Date(goal.createdAt).toISOString(),
      })),
      checkIns: checkIns.map((checkIn) => ({
        id: checkIn.id,
        startsAt: new Date(checkIn.startsAt).toISOString(),
        remindAt: checkIn.remindAt ? new Date(checkIn.remindAt).toISOString() : null,
      })),
      myNote,
    };
  }

  return {
    view,

    async addGoal(actor: Actor, id: string, title: string) {
      running(await access(actor, id));
      await repo.addGoal({ mentorshipId: id, title, createdByUserId: actor.userId });
      return view(actor, id);
    },

    async markGoalDone(actor: Actor, id: string, goalId: string) {
      running(await access(actor, id));
      if (!(await repo.markGoalDone(id, goalId))) throw notFound('No such goal');
      return view(actor, id);
    },

    async addCheckIn(actor: Actor, id: string, input: { startsAt: string; remindMinutesBefore?: number }) {
      const row = running(await access(actor, id));
      const startsAt = new Date(input.startsAt);
      if (startsAt.getTime() <= Date.now()) throw invalid('startsAt', 'must be in the future');
      const remindAt =
        input.remindMinutesBefore === undefined
          ? null
          : new Date(startsAt.getTime() - input.remindMinutesBefore * 60_000);
      await repo.addCheckIn({ mentorshipId: id, startsAt, remindAt, createdByUserId: actor.userId });
      await notifications.notify({
        userId: otherPartyOf(row, actor.userId),
        kind: 'mentorship.check-in',
        actor: actor.name,
        subject: { type: 'mentorship', id },
        facts: { from: startsAt.toISOString().slice(0, 10) },
      });
      return view(actor, id);
    },

    async saveNote(actor: Actor, id: string, text: string) {
      await access(actor, id);
      await repo.saveNote(id, actor.userId, text);
      return view(actor, id);
    },

    /** The direct conversation with the other party: started on first use, the same one after. */
    async conversation(actor: Actor, id: string) {
      const row = await access(actor, id);
      if (row.status !== 'active' && row.status !== 'ended')
        throw conflict('Messages open once the mentorship is accepted', 'not_active');
      const other = (await profiles.memberCards([otherPartyOf(row, actor.userId)])).get(
        otherPartyOf(row, actor.userId),
      );
      if (!other) throw notFound(noSuchMentorship);
      const { conversation } = await conversations.create(actor, { memberSlugs: [other.slug] });
      return { conversationId: conversation.id };
    },
  };
}
export type MentorshipSpaceService = ReturnType<typeof mentorshipSpaceService>;
