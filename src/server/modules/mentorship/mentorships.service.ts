// Requests and their answers: a mentee asks an open mentor (POST /api/mentorships); the mentor
// accepts or declines (with an optional kind note); either ends it with feedback, and the other
// adds theirs. Capacity: accepting takes one of the mentor's places in the same transaction as
// the status change (`UPDATE … WHERE active_mentees < capacity`), so concurrent accepts never
// exceed it; a request to a mentor with no place left is refused at once (409).
import type { MentorshipRequest } from '../../../contracts/mentorship.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, conflict } from '../../http/errors.ts';
import type { NoticeKind, Notices, NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { mentoringRepository } from './mentoring.repository.ts';
import { otherPartyOf, toMentorship } from './mentorship.mapper.ts';
import { mentorshipPolicy } from './mentorship.policy.ts';
import { mentorshipsRepository, type MentorshipRow } from './mentorships.repository.ts';

export { noSuchMentorship } from './mentorship.policy.ts';

export type MentorshipsDeps = {
  profiles: Pick<ProfilesService, 'requireVisibleMember' | 'memberCards' | 'getOwn'>;
  notifications: Pick<NotificationsService, 'transaction'>;
};

const uniqueViolation = (error: unknown) =>
  [error, (error as { cause?: unknown })?.cause].some((each) => (each as { code?: string })?.code === '23505');

/** Tells the other party, on the change's transaction; what the actor was told about it is dealt with. */
async function tell(notices: Notices, actor: Actor, row: MentorshipRow, kind: NoticeKind) {
  const subject = { type: 'mentorship', id: row.id } as const;
  await notices.notify({
    userId: otherPartyOf(row, actor.userId),
    kind,
    actor: actor.name,
    subject,
    dedupeKey: `${kind}:${row.id}:${new Date(row.updatedAt).getTime()}`,
  });
  await notices.actedOn(actor.userId, subject);
}

export function mentorshipsService(context: AppContext, { profiles, notifications }: MentorshipsDeps) {
  const { db } = context;
  const repo = mentorshipsRepository(db);
  const mentoring = mentoringRepository(db);
  const policy = mentorshipPolicy(repo);

  async function present(actor: Actor, rows: MentorshipRow[]) {
    const faces = await profiles.memberCards(rows.map((row) => otherPartyOf(row, actor.userId)));
    return rows.map((row) => toMentorship(row, actor.userId, faces));
  }
  const presentOne = async (actor: Actor, row: MentorshipRow) => (await present(actor, [row]))[0]!;

  /** A step only one side may take, from one status: 409 otherwise (the caller is a party). */
  async function step(
    actor: Actor,
    id: string,
    rule: { by?: 'mentor' | 'mentee'; from: string; to: string; kind: NoticeKind; values?: Partial<MentorshipRow> },
    inside?: (tx: typeof db, row: MentorshipRow) => Promise<void>,
  ) {
    const row = await policy.requireAccess(actor, 'mentorships.respond', id);
    if (rule.by === 'mentor' && row.mentorUserId !== actor.userId)
      throw conflict('Only the mentor answers a mentorship request', 'not_the_mentor');
    if (rule.by === 'mentee' && row.menteeUserId !== actor.userId)
      throw conflict('Only the member who asked withdraws a mentorship request', 'not_the_mentee');
    const moved = await notifications.transaction(async (tx, notices) => {
      const changed = await mentorshipsRepository(tx).move(tx, id, rule.from, { status: rule.to, ...rule.values });
      if (!changed) throw conflict(`This mentorship is ${row.status}, not ${rule.from}`, 'wrong_status');
      await inside?.(tx, changed);
      await tell(notices, actor, changed, rule.kind);
      return changed;
    });
    return presentOne(actor, moved);
  }

  return {
    policy,
    present: presentOne,

    list: async (actor: Actor) => ({ items: await present(actor, await repo.listForParty(actor.userId)) }),

    get: async (actor: Actor, id: string) =>
      presentOne(actor, await policy.requireAccess(actor, 'mentorships.read', id)),

    async request(actor: Actor, input: MentorshipRequest) {
      const noSuchMentor = () =>
        new AppError('not_found', 'mentorSlug: no such mentor', [{ field: 'mentorSlug', message: 'no such mentor' }]);
      const mentor = await profiles.requireVisibleMember(input.mentorSlug, actor, {
        field: 'mentorSlug',
        self: 'cannot be yourself: a mentor is someone else',
        whenMissing: noSuchMentor,
      });
      // The profile flag alone (no details saved) is an offer with the defaults: one mentee.
      const offer = (await mentoring.findByUserId(mentor.userId)) ?? {
        offerHiddenAt: null,
        activeMentees: 0,
        capacity: 1,
      };
      if (!mentor.offeringMentorship || offer.offerHiddenAt) throw noSuchMentor();
      if (offer.activeMentees >= offer.capacity)
        throw conflict('This mentor has no room for another mentee just now', 'mentor_full');
      await profiles.getOwn(actor); // the mentor sees the mentee by their profile: make sure there is one
      try {
        const row = await notifications.transaction(async (tx, notices) => {
          const inserted = await mentorshipsRepository(tx).insert(tx, {
            mentorUserId: mentor.userId,
            menteeUserId: actor.userId,
            message: input.message,
          });
          await tell(notices, actor, inserted, 'mentorship.requested');
          return inserted;
        });
        return presentOne(actor, row);
      } catch (error) {
        if (uniqueViolation(error))
          throw conflict('You already have an open mentorship with this mentor', 'already_open');
        throw error;
      }
    },

    accept: (actor: Actor, id: string) =>
      step(
        actor,
        id,
        {
          by: 'mentor',
          from: 'requested',
          to: 'active',
          kind: 'mentorship.accepted',
          values: { respondedAt: new Date() },
        },
        async (tx, row) => {
          // The place and the status change commit together, or neither does.
          await mentoringRepository(tx).ensureOffer(tx, row.mentorUserId);
          if (!(await mentoringRepository(tx).takePlace(tx, row.mentorUserId)))
            throw conflict(
              'You have no room for another mentee: raise your capacity or end a mentorship',
              'mentor_full',
            );
        },
      ),

    decline: (actor: Actor, id: string, note = '') =>
      step(actor, id, {
        by: 'mentor',
        from: 'requested',
        to: 'declined',
        kind: 'mentorship.declined',
        values: { respondedAt: new Date(), declineNote: note },
      }),

    /** The mentee takes back a request the mentor has not answered (no place was taken yet). */
    withdraw: (actor: Actor, id: string) =>
      step(actor, id, {
        by: 'mentee',
        from: 'requested',
        to: 'withdrawn',
        kind: 'mentorship.withdrawn',
        values: { respondedAt: new Date() },
      }),

    async end(actor: Actor, id: string, feedback: string) {
      const row = await policy.requireAccess(actor, 'mentorships.respond', id);
      const mine = row.mentorUserId === actor.userId ? 'mentorFeedback' : 'menteeFeedback';
      return step(
        actor,
        id,
        {
          from: 'active',
          to: 'ended',
          kind: 'mentorship.ended',
          values: { endedAt: new Date(), endedByUserId: actor.userId, [mine]: feedback },
        },
        async (tx, changed) => void (await mentoringRepository(tx).freePlace(tx, changed.mentorUserId)),
      );
    },

    /** After the end: the side that did not end it adds theirs (or either edits their own). */
    async feedback(actor: Actor, id: string, feedback: string) {
      const row = await policy.requireAccess(actor, 'mentorships.respond', id);
      const mine = row.mentorUserId === actor.userId ? 'mentorFeedback' : 'menteeFeedback';
      return step(actor, id, { from: 'ended', to: 'ended', kind: 'mentorship.feedback', values: { [mine]: feedback } });
    },
  };
}
export type MentorshipsService = ReturnType<typeof mentorshipsService>;
