// The trusted network: connection requests between members, accepting and removing them, and each
// side's private "trusted" mark. A connection the caller is not part of is "not found". Other
// domains ask who is connected and whom a member trusts (referral suggestions), how many members
// endorsed a profile's items (the profile view), and how many referrals an away member's cover
// received (cover).
import type { Connection, EndorsementCounts, EndorsementKind } from '../../../contracts/network.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, notFound } from '../../http/errors.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { connectionsRepository, type ConnectionRow } from './connections.repository.ts';
import { endorsementsRepository } from './endorsements.repository.ts';
import { networkHistoryRepository } from './network-history.repository.ts';
import { networkPolicy, noSuchConnection } from './network.policy.ts';
import { networkNotices } from './network-notifications.ts';

export type NetworkDeps = {
  profiles: Pick<ProfilesService, 'requireVisibleMember' | 'memberCards'>;
  notifications: Pick<NotificationsService, 'transaction'>;
};

const partnerOf = (row: Pick<ConnectionRow, 'requesterUserId' | 'addresseeUserId'>, userId: string) =>
  row.requesterUserId === userId ? row.addresseeUserId : row.requesterUserId;

export function networkService(context: AppContext, { profiles, notifications }: NetworkDeps) {
  const repo = connectionsRepository(context.db);
  const policy = networkPolicy(repo);
  const endorsementsRepo = endorsementsRepository(context.db);
  const history = networkHistoryRepository(context.db);

  // The change and the other side's notification are written together, or neither is.
  const acceptAndNotify = (actor: Actor, id: string) =>
    notifications.transaction(async (tx, notices) => {
      const accepted = await connectionsRepository(tx).accept(actor.userId, id);
      if (accepted) await networkNotices(notices).accepted(actor, accepted.requesterUserId, accepted.id);
      return accepted;
    });

  async function view(actor: Actor, id: string): Promise<Connection> {
    const [found] = (await list(actor, id)).items;
    if (!found) throw notFound(noSuchConnection);
    return found;
  }

  async function list(actor: Pick<Actor, 'userId'>, onlyId?: string) {
    const rows = await repo.findAll(actor.userId, onlyId);
    const [cards, mine] = [
      await profiles.memberCards(rows.map((row) => partnerOf(row, actor.userId))),
      await endorsementsRepo.findByEndorser(actor.userId),
    ];
    // Only members with a profile appear (a connection is made from a profile).
    const items = rows.flatMap((connection) => {
      const member = cards.get(partnerOf(connection, actor.userId));
      if (!member) return [];
      const outgoing = connection.requesterUserId === actor.userId;
      return [
        {
          id: connection.id,
          status: connection.status as Connection['status'],
          direction: outgoing ? ('outgoing' as const) : ('incoming' as const),
          member,
          trusted: outgoing ? connection.requesterTrusted : connection.addresseeTrusted,
          myEndorsements: mine
            .filter((row) => row.connectionId === connection.id)
            .map((row) => ({
              id: row.id,
              kind: row.kind as EndorsementKind,
              key: row.key,
              createdAt: new Date(row.createdAt).toISOString(),
            })),
          createdAt: new Date(connection.createdAt).toISOString(),
          acceptedAt: connection.acceptedAt ? new Date(connection.acceptedAt).toISOString() : null,
        },
      ];
    });
    return { items };
  }

  // A request crossing one from the other side accepts it: both want the connection, so making
  // either of them wait for a second click would only be ceremony.
  async function settleExisting(
    actor: Actor,
    existing: ConnectionRow,
  ): Promise<{ created: boolean; connection: Connection }> {
    if (existing.status === 'accepted') throw conflict('You are already connected', 'already_connected');
    if (existing.requesterUserId === actor.userId)
      throw conflict('You have already asked; the request is waiting for an answer', 'already_asked');
    const accepted = await acceptAndNotify(actor, existing.id);
    if (!accepted) throw conflict('The connection changed meanwhile; reload and try again', 'changed_meanwhile');
    return { created: false, connection: await view(actor, accepted.id) };
  }

  return {
    list,
    view,

    /** Accepted connections the member marked trusted (their own private mark). */
    async trustedPartnerIds(userId: string): Promise<Set<string>> {
      return new Set(
        (await repo.findAcceptedPartners(userId)).filter((row) => row.trusted).map((row) => row.partnerId),
      );
    },

    /** Every accepted connection of the member. */
    async connectedPartnerIds(userId: string): Promise<Set<string>> {
      return new Set((await repo.findAcceptedPartners(userId)).map((row) => row.partnerId));
    },

    async areConnected(a: string, b: string): Promise<boolean> {
      const row = await repo.findPair(a, b);
      return row?.status === 'accepted';
    },

    /** The accepted connection between the actor and the id (to endorse through it), or 404. */
    async requireAccepted(actor: Actor, id: string) {
      const row = await policy.requireAccess(actor, 'network.endorse', id);
      if (row.status !== 'accepted') throw conflict('The connection has not been accepted yet', 'not_accepted');
      return { row, partnerId: partnerOf(row, actor.userId) };
    },

    /** What the profile view shows: how many members endorsed each specialty and modality still on the profile. */
    async endorsementCounts(profile: {
      userId: string;
      specialties: readonly string[];
      modalities: readonly string[];
    }): Promise<EndorsementCounts> {
      const counts: EndorsementCounts = { specialties: {}, modalities: {} };
      for (const row of await endorsementsRepo.countsFor(profile.userId)) {
        // An item the member has since removed from the profile is no longer shown.
        if (row.kind === 'specialty' && profile.specialties.includes(row.key)) counts.specialties[row.key] = row.count;
        if (row.kind === 'modality' && profile.modalities.includes(row.key)) counts.modalities[row.key] = row.count;
      }
      return counts;
    },

    /** How many referrals to an away member went to one covering colleague from `since` until before `until`. */
    referralsRedirected: (fromUserId: string, coverUserId: string, since: Date, until: Date) =>
      history.redirectedCount(fromUserId, coverUserId, since, until),

    async request(actor: Actor, toMemberSlug: string) {
      const member = await profiles.requireVisibleMember(toMemberSlug, actor, {
        field: 'toMemberSlug',
        self: 'is you; connect with a colleague',
        whenMissing: () => notFound('No such member'),
      });
      const toUserId = member.userId;
      const existing = await repo.findPair(actor.userId, toUserId);
      if (existing) return settleExisting(actor, existing);
      const inserted = await notifications.transaction(async (tx, notices) => {
        const row = await connectionsRepository(tx).insertRequest(actor.userId, toUserId);
        if (row) await networkNotices(notices).requested(actor, toUserId, row.id);
        return row;
      });
      if (!inserted) {
        // Lost a race with a request for the same pair: settle against the one that won.
        const winner = await repo.findPair(actor.userId, toUserId);
        if (!winner) throw conflict('The connection changed meanwhile; try again', 'changed_meanwhile');
        return settleExisting(actor, winner);
      }
      return { created: true, connection: await view(actor, inserted.id) };
    },

    async accept(actor: Actor, id: string) {
      await policy.requireAccess(actor, 'network.answer', id);
      if (!(await acceptAndNotify(actor, id))) {
        // Read again: it may have been accepted, or removed, since.
        const row = policy.check(actor, 'network.answer', await repo.findInvolving(actor.userId, id));
        if (row.status === 'accepted') throw conflict('The connection is already accepted', 'already_connected');
        throw conflict('Only the member you asked can accept your request', 'not_yours_to_accept');
      }
      return view(actor, id);
    },

    async setTrusted(actor: Actor, id: string, trusted: boolean) {
      await policy.requireAccess(actor, 'network.mark', id);
      if (!(await repo.setTrusted(actor.userId, id, trusted))) throw notFound(noSuchConnection);
      return view(actor, id);
    },

    /** Declines a request, withdraws one, or removes a connection: either side may. */
    async remove(actor: Actor, id: string) {
      await policy.requireAccess(actor, 'network.remove', id);
      if (!(await repo.delete(actor.userId, id))) throw notFound(noSuchConnection);
    },
  };
}
export type NetworkService = ReturnType<typeof networkService>;
