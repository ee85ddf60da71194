// A mentorship as one of its parties sees it: their role, the other member, and the feedback
// written by each side. Private notes are not here: the space adds only the caller's own.
import type { Mentorship, MentorshipStatus } from '../../../contracts/mentorship.ts';
import type { MentorshipRow } from './mentorships.repository.ts';

type Face = { slug: string; displayName: string };

export const otherPartyOf = (row: MentorshipRow, userId: string) =>
  row.mentorUserId === userId ? row.menteeUserId : row.mentorUserId;

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : null);

export function toMentorship(row: MentorshipRow, userId: string, faces: Map<string, Face>): Mentorship {
  const role = row.mentorUserId === userId ? 'mentor' : 'mentee';
  const face = faces.get(otherPartyOf(row, userId));
  return {
    id: row.id,
    role,
    other: { slug: face?.slug ?? '', name: face?.displayName ?? 'A former member' },
    status: row.status as MentorshipStatus,
    message: row.message,
    declineNote: row.declineNote,
    feedback: {
      mine: role === 'mentor' ? row.mentorFeedback : row.menteeFeedback,
      theirs: role === 'mentor' ? row.menteeFeedback : row.mentorFeedback,
    },
    createdAt: new Date(row.createdAt).toISOString(),
    respondedAt: iso(row.respondedAt),
    endedAt: iso(row.endedAt),
  };
}
