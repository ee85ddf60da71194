// A trade as one party sees it: terms and sessions turned to that party's side ("give"/"mine"),
// their own notes, and only the feedback the other party chose to share.
import type { Trade, TradeSession, TradeStatus } from '../../../contracts/trades.ts';
import type { MemberCard } from '../../../contracts/member-card.ts';
import type { NoteRow, SessionRow, TradeRow } from './trades.repository.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const partyOf = (viewerId: string, userId: string | null) =>
  userId === null ? null : userId === viewerId ? 'me' : 'partner';

/** The partner as a trade names them; a member without a profile (no card) is a former member. */
export const partnerOf = (card: MemberCard | undefined) => ({
  slug: card?.slug ?? null,
  name: card?.displayName ?? 'Former member',
});

export const partnerIdOf = (row: Pick<TradeRow, 'proposerUserId' | 'partnerUserId'>, viewerId: string) =>
  row.proposerUserId === viewerId ? row.partnerUserId : row.proposerUserId;

/** Terms from the viewer's side. */
export function termsFor(row: TradeRow, viewerId: string) {
  const proposer = { service: row.proposerService, minutes: row.proposerMinutes };
  const partner = { service: row.partnerService, minutes: row.partnerMinutes };
  return row.proposerUserId === viewerId ? { give: proposer, receive: partner } : { give: partner, receive: proposer };
}

export function toSession(session: SessionRow, viewerId: string): TradeSession {
  const mine = session.providerUserId === viewerId;
  return {
    id: session.id,
    side: mine ? 'mine' : 'theirs',
    service: session.service,
    minutes: session.minutes,
    status: session.status as TradeSession['status'],
    startsAt: iso(session.startsAt),
    endsAt: session.startsAt
      ? new Date(new Date(session.startsAt).getTime() + session.minutes * 60_000).toISOString()
      : null,
    location: session.location,
    confirmedByMe: (mine ? session.providerConfirmedAt : session.recipientConfirmedAt) !== null,
    confirmedByPartner: (mine ? session.recipientConfirmedAt : session.providerConfirmedAt) !== null,
    noShow: partyOf(viewerId, session.noShowUserId),
    completedAt: iso(session.completedAt),
  };
}

export function toTrade(
  row: TradeRow,
  viewerId: string,
  sessions: SessionRow[],
  notes: NoteRow[],
  members: Map<string, MemberCard>,
): Trade {
  const partnerId = partnerIdOf(row, viewerId);
  const partner = members.get(partnerId);
  const mine = notes.find((note) => note.authorUserId === viewerId);
  const theirs = notes.find((note) => note.authorUserId === partnerId);
  return {
    id: row.id,
    status: row.status as TradeStatus,
    role: row.proposerUserId === viewerId ? 'proposer' : 'partner',
    partner: partnerOf(partner),
    ...termsFor(row, viewerId),
    note: row.note,
    awaiting: partyOf(viewerId, row.awaitingUserId),
    counters: row.counters,
    closedReason: row.closedReason,
    closedBy: partyOf(viewerId, row.closedByUserId),
    // 'mine' first, so a client can rely on the order.
    sessions: sessions
      .filter((session) => session.tradeId === row.id)
      .map((session) => toSession(session, viewerId))
      .sort((a, b) => (a.side === b.side ? 0 : a.side === 'mine' ? -1 : 1)),
    myNotes: { privateNote: mine?.privateNote ?? '', sharedFeedback: mine?.sharedFeedback ?? '' },
    feedbackFromPartner: theirs?.sharedFeedback ?? '',
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
  };
}
