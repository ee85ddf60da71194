// A LiveKit access token (a JWT the SFU checks) for one member in one room: join, publish and
// subscribe (and data, for LiveKit's own chat); room admin only for hosts, who may then mute or
// remove through LiveKit's API as well. Short-lived: LiveKit refreshes it itself once connected.
import type { RoomRole } from '../../../contracts/room-limits.ts';

export const livekitTokenTtlSeconds = 300;

type LivekitConfig = { url: string; apiKey: string; apiSecret: string };
type Grantee = { kind: string; id: string; userId: string; role: RoomRole; displayName: string };

/** One LiveKit room per (kind, id). */
export const livekitRoomName = (kind: string, id: string) => `${kind}:${id}`;

export async function livekitAccess(config: LivekitConfig, who: Grantee) {
  // Loaded on first use: most servers have no LiveKit, and it costs ~50 ms of every cold start.
  const { AccessToken } = await import('livekit-server-sdk');
  const token = new AccessToken(config.apiKey, config.apiSecret, {
    identity: who.userId,
    name: who.displayName,
    ttl: livekitTokenTtlSeconds,
  });
  token.addGrant({
    room: livekitRoomName(who.kind, who.id),
    roomJoin: true,
    canPublish: true,
    canSubscribe: true,
    canPublishData: true,
    roomAdmin: who.role === 'host',
  });
  return { url: config.url, token: await token.toJwt() };
}
