// Guests of one occurrence as rows, found by id, by the SHA-256 of their token, or by the user an
// accepted invitation is bound to. Accepting is a conditional UPDATE, so a token binds one user once.
import { and, desc, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { circleMeetings, meetingGuests } from '../../../db/schema/index.ts';

export type MeetingGuestRow = typeof meetingGuests.$inferSelect;

const open = (now: Date) => and(isNull(meetingGuests.revokedAt), gt(meetingGuests.expiresAt, now));

export const meetingGuestsRepository = (db: Db) => ({
  insert: async (values: typeof meetingGuests.$inferInsert) =>
    (await db.insert(meetingGuests).values(values).returning())[0]!,

  listOf: (meetingId: string) =>
    db
      .select()
      .from(meetingGuests)
      .where(eq(meetingGuests.meetingId, meetingId))
      .orderBy(desc(meetingGuests.createdAt)),

  /** The invitation a token names while nobody has accepted it, it is not revoked and its occurrence is not over. */
  findUnused: async (tokenHash: string, now: Date) =>
    (
      await db
        .select()
        .from(meetingGuests)
        .where(and(eq(meetingGuests.tokenHash, tokenHash), open(now), isNull(meetingGuests.userId)))
    )[0] ?? null,

  /** Binds the invitation to one user; null when it was accepted, revoked or ran out meanwhile. */
  accept: async (id: string, userId: string, now: Date) =>
    (
      await db
        .update(meetingGuests)
        .set({ userId, acceptedAt: now })
        .where(and(eq(meetingGuests.id, id), open(now), isNull(meetingGuests.userId)))
        .returning()
    )[0] ?? null,

  revoke: async (meetingId: string, id: string, now: Date) =>
    (
      await db
        .update(meetingGuests)
        .set({ revokedAt: now })
        .where(and(eq(meetingGuests.meetingId, meetingId), eq(meetingGuests.id, id), isNull(meetingGuests.revokedAt)))
        .returning()
    )[0] ?? null,

  findInMeeting: async (meetingId: string, id: string) =>
    (
      await db
        .select()
        .from(meetingGuests)
        .where(and(eq(meetingGuests.meetingId, meetingId), eq(meetingGuests.id, id)))
    )[0] ?? null,

  /** A user's live, accepted guest places in a circle's meetings (the room asks). */
  acceptedIn: (circleId: string, userId: string, now: Date) =>
    db
      .select({ guest: meetingGuests, meeting: circleMeetings })
      .from(meetingGuests)
      .innerJoin(circleMeetings, eq(circleMeetings.id, meetingGuests.meetingId))
      .where(
        and(
          eq(circleMeetings.circleId, circleId),
          eq(meetingGuests.userId, userId),
          isNotNull(meetingGuests.acceptedAt),
          open(now),
        ),
      ),
});
export type MeetingGuestsRepository = ReturnType<typeof meetingGuestsRepository>;
