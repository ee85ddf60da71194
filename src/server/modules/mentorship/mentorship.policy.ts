// Who may do what to a mentorship: its two parties, and nobody else (a stranger and an anonymous
// caller get the 404 a missing mentorship gets). Which party may take which step (only the mentor
// answers a request) is a rule of the transition: a 409.
import { definePolicy, type AccessRule } from '../../access/access.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { MentorshipRow, MentorshipsRepository } from './mentorships.repository.ts';

export type MentorshipPermission = 'mentorships.read' | 'mentorships.respond' | 'mentorships.space';

/** What anyone but the two parties is told about a mentorship (anonymous callers too). */
export const noSuchMentorship = 'No such mentorship';

const aParty: AccessRule<MemberActor, MentorshipRow> = (actor, row) =>
  row.mentorUserId === actor.userId || row.menteeUserId === actor.userId;

export const mentorshipPolicy = (repo: MentorshipsRepository) =>
  definePolicy<MentorshipPermission, MemberActor, MentorshipRow>({
    notFoundMessage: noSuchMentorship,
    load: (actor, id) => repo.findForParty(actor.userId, id),
    rules: { 'mentorships.read': aParty, 'mentorships.respond': aParty, 'mentorships.space': aParty },
  });
