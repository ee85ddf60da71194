// The video room's numbers, shared by the server and the browser (no zod here: room pages import it).
/** Peers whose media meets in a browser mesh: each sends its camera to every other, so upload grows with each. */
export const meshMaxPeers = 4;
/** A side-chat line, in characters. */
export const maxRoomChatLength = 1000;
/** A signaling frame's size: an SDP offer with audio, camera and a screen is about 10 KB. */
export const maxRoomFrameBytes = 64 * 1024;

export type RoomRole = 'host' | 'participant';
export type RoomMode = 'mesh' | 'livekit';

/** A peer as every other peer of the room sees it. */
export type RoomPeer = {
  id: string;
  name: string;
  role: RoomRole;
  /** Server time of joining (ms): the mesh admits the first `meshMaxPeers` by it, ties by id. */
  joinedAt: number;
  hand: boolean;
  audio: boolean;
  video: boolean;
  screen: boolean;
};

/** Whose media meets in the mesh: the earliest `max` joiners; the rest see the room is full. */
export function peersWithMedia<Peer extends Pick<RoomPeer, 'id' | 'joinedAt'>>(peers: Peer[], max: number): Peer[] {
  return [...peers]
    .sort((left, right) => left.joinedAt - right.joinedAt || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0))
    .slice(0, max);
}

type SignalData =
  | { description: { type: 'offer' | 'answer' | 'pranswer' | 'rollback'; sdp: string } }
  | {
      candidate: {
        candidate: string;
        sdpMid?: string | null;
        sdpMLineIndex?: number | null;
        usernameFragment?: string | null;
      } | null;
    };

/** What the room socket sends a browser. */
export type RoomServerFrame =
  | {
      type: 'welcome';
      self: RoomPeer;
      mode: RoomMode;
      maxPeers: number | null;
      roomTitle: string;
      livekit: { url: string; token: string } | null;
    }
  | { type: 'waiting'; roomTitle: string }
  | { type: 'peer-joined'; peer: RoomPeer }
  | { type: 'peer-present'; peer: RoomPeer }
  | { type: 'peer-updated'; peer: RoomPeer }
  | { type: 'peer-left'; peerId: string }
  | { type: 'signal'; from: string; data: SignalData }
  | { type: 'chat'; from: string; name: string; text: string; at: string }
  | { type: 'knock'; peer: { id: string; name: string } }
  | { type: 'knock-withdrawn'; peerId: string }
  | { type: 'muted-by-host'; by: string }
  | { type: 'removed'; reason: 'host' | 'admission' }
  | { type: 'pong' }
  | { type: 'error'; message: string };
