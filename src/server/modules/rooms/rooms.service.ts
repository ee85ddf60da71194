// The rules of video rooms that are not the socket: who gets a token (the owning module's admission,
// asked through the registry), what the token says (mesh or LiveKit, ICE servers, the cap), and
// revoking someone at once. The socket's relay lives in room-peer.ts.
import type { RoomToken } from '../../../contracts/rooms.ts';
import { meshMaxPeers } from '../../../contracts/room-limits.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../http/errors.ts';
import { livekitAccess } from './livekit-token.ts';
import { roomAdmissions, type Admission } from './room-admission.ts';
import { roomTokens } from './room-token.ts';

/** The one answer for a room one may not enter or that does not exist (the access model's 404). */
export const noSuchRoom = 'No such room';

export const roomKey = (kind: string, id: string) => `room:${kind}:${id}`;
export const lobbyKey = (kind: string, id: string) => `room-lobby:${kind}:${id}`;
export const peerKey = (peerId: string) => `room-peer:${peerId}`;

export function roomsService({ config, realtime }: Pick<AppContext, 'config' | 'realtime'>) {
  const admissions = roomAdmissions();
  const tokens = roomTokens(config.authSecret);
  const { livekit, iceServers } = config.rooms;

  /** The owning module's admission, or the stranger's 404. */
  async function requireAdmission(actor: MemberActor, kind: string, id: string): Promise<Admission> {
    const admission = await admissions.decide(actor, kind, id);
    if (!admission) throw notFound(noSuchRoom);
    return admission;
  }

  return {
    /** For the owning module's composition root: `rooms.admission('circle', async (actor, id) => …)`. */
    admission: admissions.admission,
    decide: admissions.decide,
    tokens,
    requireAdmission,

    async issueToken(actor: MemberActor, kind: string, id: string): Promise<RoomToken> {
      const admission = await requireAdmission(actor, kind, id);
      const waiting = !admission.allowed;
      const { token, expiresAt } = tokens.sign({ kind, id, userId: actor.userId, role: admission.role, waiting });
      const grantee = { kind, id, userId: actor.userId, role: admission.role, displayName: admission.displayName };
      return {
        token,
        expiresAt: expiresAt.toISOString(),
        mode: livekit ? 'livekit' : 'mesh',
        iceServers,
        // A guest in the waiting room gets LiveKit's token only when a host lets them in (over the socket).
        livekit: livekit && !waiting ? await livekitAccess(livekit, grantee) : null,
        maxPeers: livekit ? null : meshMaxPeers,
        role: admission.role,
        waiting,
        displayName: admission.displayName,
        roomTitle: admission.roomTitle,
      };
    },

    /** Mints LiveKit access for someone a host just let in; null in mesh mode. */
    livekitFor: (grantee: Parameters<typeof livekitAccess>[1]) => (livekit ? livekitAccess(livekit, grantee) : null),

    /**
     * Ends a member's presence in a room now, on every process (for the owning module: a member
     * removed or banned). Their sockets close; a new token needs a new admission, which says no.
     */
    async revoke(kind: string, id: string, userId: string) {
      await realtime.publish([roomKey(kind, id), lobbyKey(kind, id)], { type: '_evict', userId });
    },
  };
}
export type RoomsService = ReturnType<typeof roomsService>;
