// Video rooms: the token answer (POST /api/rooms/{kind}/{id}/token) and the signaling socket's frames
// (/api/rooms/ws). A room is (kind, id); the module that owns the kind decides who is admitted.
import { z } from 'zod';
import { maxRoomChatLength } from './room-limits.ts';

export * from './room-limits.ts';

export const roomParamsSchema = z.object({
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be a room kind such as circle'),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be a room id'),
});

export const iceServerSchema = z.object({
  urls: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export type IceServer = z.infer<typeof iceServerSchema>;

export const roomTokenSchema = z.object({
  /** Opens /api/rooms/ws?token=… for this member only, until expiresAt. */
  token: z.string(),
  expiresAt: z.iso.datetime(),
  mode: z.enum(['mesh', 'livekit']),
  iceServers: z.array(iceServerSchema),
  /** With LiveKit: the SFU's address and a token for it (null while waiting to be let in). */
  livekit: z.object({ url: z.string(), token: z.string() }).nullable(),
  /** Peers whose media meets; null with LiveKit (no cap). */
  maxPeers: z.number().int().nullable(),
  role: z.enum(['host', 'participant']),
  /** True for a guest the owning module admits only through the waiting room. */
  waiting: z.boolean(),
  displayName: z.string(),
  roomTitle: z.string(),
});
export type RoomToken = z.infer<typeof roomTokenSchema>;

const peerId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const description = z.object({
  type: z.enum(['offer', 'answer', 'pranswer', 'rollback']),
  sdp: z.string().max(60_000),
});
const candidate = z.object({
  candidate: z.string().max(2000),
  sdpMid: z.string().max(64).nullable().optional(),
  sdpMLineIndex: z.number().int().min(0).max(64).nullable().optional(),
  usernameFragment: z.string().max(256).nullable().optional(),
});

/** What a browser may send on the room socket. */
export const roomClientFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({
    type: z.literal('signal'),
    to: peerId,
    data: z.union([z.object({ description }), z.object({ candidate: candidate.nullable() })]),
  }),
  z.object({ type: z.literal('chat'), text: z.string().trim().min(1).max(maxRoomChatLength) }),
  z.object({ type: z.literal('hand'), raised: z.boolean() }),
  z.object({ type: z.literal('media'), audio: z.boolean(), video: z.boolean(), screen: z.boolean() }),
  // Host actions: the sender's admission is asked again for each.
  z.object({ type: z.enum(['mute', 'remove', 'admit']), peer: peerId }),
]);
export type RoomClientFrame = z.infer<typeof roomClientFrameSchema>;
export type RoomSignalData = Extract<RoomClientFrame, { type: 'signal' }>['data'];
