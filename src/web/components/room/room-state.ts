// What the room shows, as one immutable snapshot (React reads it with useSyncExternalStore).
import type { RoomMode, RoomPeer } from '../../../contracts/room-limits.ts';

export type ChatLine = { key: number; from: string; name: string; text: string; at: string; mine: boolean };
export type RemoteMedia = {
  stream: MediaStream | null;
  framesDecoded: number;
  level: number;
  /** LiveKit participants are named by LiveKit, not by the roster. */
  name: string | null;
};

export type RoomSnapshot = {
  phase: 'connecting' | 'waiting' | 'in' | 'removed' | 'lost';
  removedBy: 'host' | 'admission' | null;
  mode: RoomMode;
  roomTitle: string;
  maxPeers: number | null;
  self: RoomPeer | null;
  /** Everyone else in the room, in joining order. */
  peers: RoomPeer[];
  /** Media by peer id (mesh) or by LiveKit participant. */
  media: Record<string, RemoteMedia>;
  /** Whose voice is loudest now (a peer id, or self's). */
  speaking: string | null;
  chat: ChatLine[];
  /** Guests in the waiting room (shown to hosts). */
  knocks: { id: string; name: string }[];
  mutedBy: string | null;
  notice: string | null;
};

export const initialSnapshot = (roomTitle: string, mode: RoomMode): RoomSnapshot => ({
  phase: 'connecting',
  removedBy: null,
  mode,
  roomTitle,
  maxPeers: null,
  self: null,
  peers: [],
  media: {},
  speaking: null,
  chat: [],
  knocks: [],
  mutedBy: null,
  notice: null,
});
