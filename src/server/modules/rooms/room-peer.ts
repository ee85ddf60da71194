// One peer of a room: the server side of one room socket. Everything between peers goes through the
// realtime hub under keys (the room, its waiting room, each peer), so peers on different server
// processes meet through PostgreSQL's NOTIFY exactly as peers on one process do. Each peer keeps its
// own view of the roster from what it hears (joined, present, left), so no table holds rooms: the
// mesh's cap is the same rule everywhere — the earliest `meshMaxPeers` joiners exchange media, later
// ones keep the chat — and a signal is relayed only between two peers inside the cap.
import { randomBytes } from 'node:crypto';
import type { RoomClientFrame } from '../../../contracts/rooms.ts';
import { meshMaxPeers, peersWithMedia, type RoomPeer, type RoomServerFrame } from '../../../contracts/room-limits.ts';
import type { MemberActor } from '../../access/actor.ts';
import type { RealtimeHub } from '../../realtime/realtime-hub.ts';
import type { Admission } from './room-admission.ts';
import type { RoomTicket } from './room-token.ts';
import { lobbyKey, peerKey, roomKey, type RoomsService } from './rooms.service.ts';

/** Frames between the peers' server sides; never forwarded to a browser as they are. */
type Internal =
  | { type: '_evict'; userId: string }
  | { type: '_removed' | '_muted' | '_admitted'; room: string; by: string }
  | { type: '_host-here'; peerId: string };
type Heard = RoomServerFrame | Internal;

export type PeerDeps = {
  rooms: Pick<RoomsService, 'decide' | 'livekitFor'>;
  realtime: Pick<RealtimeHub, 'publish' | 'subscribe'>;
  log: { warn: (obj: object, msg: string) => void };
};
type Socket = { send: (frame: RoomServerFrame) => void; close: (code: number, reason: string) => void };

export const closeCodes = { removed: 4003, notAdmitted: 4404 } as const;

/** The side chat's pace: a burst of this many lines, then one line a second. Nothing is stored. */
export const chatBurst = 5;
const chatRefillMs = 1000;

/** A small token bucket: true when a line may go now. */
function chatPace(now: () => number = Date.now) {
  let tokens = chatBurst;
  let last = now();
  return () => {
    const at = now();
    tokens = Math.min(chatBurst, tokens + (at - last) / chatRefillMs);
    last = at;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

export function roomPeer(deps: PeerDeps, actor: MemberActor, ticket: RoomTicket, admission: Admission, socket: Socket) {
  const { kind, id } = ticket;
  const room = roomKey(kind, id);
  const self: RoomPeer = {
    id: randomBytes(12).toString('base64url'),
    name: admission.displayName,
    role: admission.role,
    joinedAt: 0,
    hand: false,
    audio: false,
    video: false,
    screen: false,
  };
  const roster = new Map<string, RoomPeer>();
  const unsubscribe: (() => void)[] = [];
  let phase: 'waiting' | 'in' | 'gone' = 'waiting';
  const mayChat = chatPace();

  const publish = (keys: string[], event: Heard) =>
    void deps.realtime
      .publish(keys, event as { type: string })
      .catch((error: unknown) => deps.log.warn({ err: error }, 'rooms: could not publish'));
  const listen = (key: string) =>
    unsubscribe.push(deps.realtime.subscribe(key, (frame) => hear(JSON.parse(frame) as Heard)));

  /** Inside the mesh's cap (or any peer with LiveKit, which has none). */
  const hasMedia = (peerId: string, max: number | null) =>
    max === null || peersWithMedia([self, ...roster.values()], max).some((peer) => peer.id === peerId);

  // The mesh's cap, until LiveKit access says there is none.
  let maxPeers: number | null = meshMaxPeers;

  async function enter() {
    const livekit = await deps.rooms.livekitFor({
      kind,
      id,
      userId: actor.userId,
      role: self.role,
      displayName: self.name,
    });
    if (phase === 'gone') return;
    maxPeers = livekit ? null : meshMaxPeers;
    phase = 'in';
    self.joinedAt = Date.now();
    listen(room);
    socket.send({
      type: 'welcome',
      self,
      mode: livekit ? 'livekit' : 'mesh',
      maxPeers,
      roomTitle: admission.roomTitle,
      livekit,
    });
    publish([room], { type: 'peer-joined', peer: self });
    if (self.role === 'host') publish([lobbyKey(kind, id)], { type: '_host-here', peerId: self.id });
  }

  function leave(code: number, reason: RoomServerFrame & { type: 'removed' }) {
    socket.send(reason);
    socket.close(code, reason.reason);
  }

  function hear(event: Heard) {
    if (phase === 'gone') return;
    switch (event.type) {
      case '_evict':
        if (event.userId === actor.userId) leave(closeCodes.removed, { type: 'removed', reason: 'admission' });
        return;
      case '_removed':
        if (event.room === room) leave(closeCodes.removed, { type: 'removed', reason: 'host' });
        return;
      case '_muted':
        if (event.room === room && phase === 'in') socket.send({ type: 'muted-by-host', by: event.by });
        return;
      case '_admitted':
        if (event.room === room && phase === 'waiting') {
          publish([room], { type: 'knock-withdrawn', peerId: self.id });
          void enter();
        }
        return;
      case '_host-here':
        if (phase === 'waiting')
          publish([peerKey(event.peerId)], { type: 'knock', peer: { id: self.id, name: self.name } });
        return;
      case 'knock':
      case 'knock-withdrawn':
        if (phase === 'in' && self.role === 'host') socket.send(event);
        return;
      case 'peer-joined':
        if (phase !== 'in' || event.peer.id === self.id) return;
        roster.set(event.peer.id, event.peer);
        socket.send(event);
        publish([peerKey(event.peer.id)], { type: 'peer-present', peer: self });
        return;
      case 'peer-present':
      case 'peer-updated':
        if (phase !== 'in' || event.peer.id === self.id) return;
        roster.set(event.peer.id, event.peer);
        socket.send(event);
        return;
      case 'peer-left':
        if (roster.delete(event.peerId)) socket.send(event);
        return;
      case 'signal':
        if (phase === 'in' && hasMedia(event.from, maxPeers) && hasMedia(self.id, maxPeers)) socket.send(event);
        return;
      case 'chat':
        if (phase === 'in') socket.send(event);
        return;
      case 'welcome':
      case 'waiting':
      case 'muted-by-host':
      case 'removed':
      case 'pong':
      case 'error':
        return; // only ever sent to a socket directly
      default:
        event satisfies never;
    }
  }

  const refuse = (message: string) => socket.send({ type: 'error', message });

  /** Host actions ask the owning module again: a host removed a minute ago is no host now. */
  async function hostAction(type: '_muted' | '_removed' | '_admitted', target: string) {
    const now = await deps.rooms.decide(actor, kind, id);
    if (!now) return leave(closeCodes.removed, { type: 'removed', reason: 'admission' });
    if (!now.allowed || now.role !== 'host') return refuse('Only a host may do that');
    if (type !== '_admitted' && !roster.has(target)) return refuse('No such peer in this room');
    publish([peerKey(target)], { type, room, by: self.name });
  }

  return {
    self,
    start() {
      listen(peerKey(self.id));
      if (admission.allowed) return void enter();
      listen(lobbyKey(kind, id));
      socket.send({ type: 'waiting', roomTitle: admission.roomTitle });
      publish([room], { type: 'knock', peer: { id: self.id, name: self.name } });
    },
    async receive(frame: RoomClientFrame) {
      if (frame.type === 'ping') return socket.send({ type: 'pong' });
      if (phase !== 'in') return refuse('Wait until a host lets you in');
      switch (frame.type) {
        case 'signal':
          if (maxPeers === null) return refuse('This room uses LiveKit: media does not go through this socket');
          if (!hasMedia(self.id, maxPeers) || !hasMedia(frame.to, maxPeers) || !roster.has(frame.to))
            return refuse('The room is full: media is only between the first peers');
          return publish([peerKey(frame.to)], { type: 'signal', from: self.id, data: frame.data });
        case 'chat':
          if (!mayChat()) return refuse('You are writing faster than the room can read: wait a moment');
          return publish([room], {
            type: 'chat',
            from: self.id,
            name: self.name,
            text: frame.text,
            at: new Date().toISOString(),
          });
        case 'hand':
          self.hand = frame.raised;
          return publish([room], { type: 'peer-updated', peer: self });
        case 'media':
          Object.assign(self, { audio: frame.audio, video: frame.video, screen: frame.screen });
          return publish([room], { type: 'peer-updated', peer: self });
        case 'mute':
          return hostAction('_muted', frame.peer);
        case 'remove':
          return hostAction('_removed', frame.peer);
        case 'admit':
          return hostAction('_admitted', frame.peer);
        default:
          frame satisfies never;
      }
    },
    stop() {
      const was = phase;
      phase = 'gone';
      for (const stop of unsubscribe.splice(0)) stop();
      if (was === 'in') publish([room], { type: 'peer-left', peerId: self.id });
      if (was === 'waiting') publish([room], { type: 'knock-withdrawn', peerId: self.id });
    },
  };
}
export type RoomPeerSession = ReturnType<typeof roomPeer>;
