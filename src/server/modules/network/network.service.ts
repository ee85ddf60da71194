// The trusted network: connection requests between members, accepting and removing them, and each
// side's private "trusted" mark. A connection the caller is not part of is "not found". Other
// domains (referral suggestions) ask who is connected and whom a member trusts.
import type { Connection, EndorsementKind } from '../../../contracts/network.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, invalid, notFound } from '../../http/errors.ts';
import { profilesService } from '../profiles/profiles.service.ts';
import { networkNotifications } from './network-notifications.ts';
import { connectionsRepository, type ConnectionRow } from './connections.repository.ts';
import { endorsementsRepository } from './endorsements.repository.ts';

const conflict = (message: string) => new AppError('conflict', message);

export function networkService(context: AppContext) {
  const repo = connectionsRepository(context.db);
  const endorsementsRepo = endorsementsRepository(context.db);
  const profiles = profilesService(context.db, context.config.uploadDir);

  // The change and the other side's notification are written together, or neither is.
  const acceptAndNotify = (actor: Actor, id: string) =>
    repo.inTransaction(async (tx) => {
      const accepted = await connectionsRepository(tx).accept(actor.userId, id);
      if (accepted) await networkNotifications({ ...context, db: tx }).accepted(actor, accepted.requesterUserId, accepted.id);
      return accepted;
    });

  async function view(actor: Pick<Actor, 'userId'>, id: string): Promise<Connection> {
    const [found] = (await list(actor, id)).items;
    if (!found) throw notFound('No such connection');
    return found;
  }

  async function list(actor: Pick<Actor, 'userId'>, onlyId?: string) {
    const rows = await repo.findAllWithMember(actor.userId, onlyId);
    const mine = await endorsementsRepo.findByEndorser(actor.userId);
    const items = rows.map(({ connection, slug, displayName, profession }) => {
      const outgoing = connection.requesterUserId === actor.userId;
      return {
        id: connection.id,
        status: connection.status as Connection['status'],
        direction: outgoing ? ('outgoing' as const) : ('incoming' as const),
        member: { slug, displayName, profession },
        trusted: outgoing ? connection.requesterTrusted : connection.addresseeTrusted,
        myEndorsements: mine
          .filter((row) => row.connectionId === connection.id)
          .map((row) => ({ id: row.id, kind: row.kind as EndorsementKind, key: row.key, createdAt: new Date(row.createdAt).toISOString() })),
        createdAt: new Date(connection.createdAt).toISOString(),
        acceptedAt: connection.acceptedAt ? new Date(connection.acceptedAt).toISOString() : null,
      };
    });
    return { items };
  }

  // A request crossing one from the other side accepts it: both want the connection, so making
  // either of them wait for a second click would only be ceremony.
  async function settleExisting(actor: Actor, existing: ConnectionRow): Promise<{ created: boolean; connection: Connection }> {
    if (existing.status === 'accepted') throw conflict('You are already connected');
    if (existing.requesterUserId === actor.userId) throw conflict('You have already asked; the request is waiting for an answer');
    const accepted = await acceptAndNotify(actor, existing.id);
    if (!accepted) throw conflict('The connection changed meanwhile; reload and try again');
    return { created: false, connection: await view(actor, accepted.id) };
  }

  return {
    list,
    view,

    /** Accepted connections the member marked trusted (their own private mark). */
    async trustedPartnerIds(userId: string): Promise<Set<string>> {
      return new Set((await repo.findAcceptedPartners(userId)).filter((row) => row.trusted).map((row) => row.partnerId));
    },

    /** Every accepted connection of the member. */
    async connectedPartnerIds(userId: string): Promise<Set<string>> {
      return new Set((await repo.findAcceptedPartners(userId)).map((row) => row.partnerId));
    },

    async areConnected(a: string, b: string): Promise<boolean> {
      const row = await repo.findPair(a, b);
      return row?.status === 'accepted';
    },

    /** The accepted connection between the actor and the id, or 404. */
    async requireAccepted(actor: Pick<Actor, 'userId'>, id: string) {
      const row = await repo.findInvolving(actor.userId, id);
      if (!row) throw notFound('No such connection');
      if (row.status !== 'accepted') throw conflict('The connection has not been accepted yet');
      return { row, partnerId: row.requesterUserId === actor.userId ? row.addresseeUserId : row.requesterUserId };
    },

    async request(actor: Actor, toMemberSlug: string) {
      const found = await profiles.findVisible(toMemberSlug, actor);
      if (!found || found.row.visibility === 'hidden') throw notFound('No such member');
      const toUserId = found.row.userId;
      if (toUserId === actor.userId) throw invalid('toMemberSlug', 'is you; connect with a colleague');
      const existing = await repo.findPair(actor.userId, toUserId);
      if (existing) return settleExisting(actor, existing);
      const inserted = await repo.inTransaction(async (tx) => {
        const row = await connectionsRepository(tx).insertRequest(actor.userId, toUserId);
        if (row) await networkNotifications({ ...context, db: tx }).requested(actor, toUserId, row.id);
        return row;
      });
      if (!inserted) {
        // Lost a race with a request for the same pair: settle against the one that won.
        const winner = await repo.findPair(actor.userId, toUserId);
        if (!winner) throw conflict('The connection changed meanwhile; try again');
        return settleExisting(actor, winner);
      }
      return { created: true, connection: await view(actor, inserted.id) };
    },

    async accept(actor: Actor, id: string) {
      const accepted = await acceptAndNotify(actor, id);
      if (!accepted) {
        const row = await repo.findInvolving(actor.userId, id);
        if (!row) throw notFound('No such connection');
        if (row.status === 'accepted') throw conflict('The connection is already accepted');
        throw conflict('Only the member you asked can accept your request');
      }
      return view(actor, id);
    },

    async setTrusted(actor: Pick<Actor, 'userId'>, id: string, trusted: boolean) {
      if (!(await repo.setTrusted(actor.userId, id, trusted))) throw notFound('No such connection');
      return view(actor, id);
    },

    /** Declines a request, withdraws one, or removes a connection: either side may. */
    async remove(actor: Pick<Actor, 'userId'>, id: string) {
      if (!(await repo.delete(actor.userId, id))) throw notFound('No such connection');
    },
  };
}
export type NetworkService = ReturnType<typeof networkService>;
