// The room token: what POST /api/rooms/{kind}/{id}/token hands a member, and the socket takes to let
// them in. Signed (HMAC-SHA256 with a key derived from AUTH_SECRET, so every instance agrees without a
// table) and short-lived: it only opens the socket, where admission is asked again anyway. Written by
// hand rather than as a JWT because it never leaves our own server and needs none of JOSE's choices.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { RoomRole } from '../../../contracts/room-limits.ts';

export const roomTokenTtlSeconds = 120;

export type RoomTicket = {
  kind: string;
  id: string;
  userId: string;
  role: RoomRole;
  waiting: boolean;
  /** Unix seconds. */
  exp: number;
};

export function roomTokens(authSecret: string) {
  const key = Buffer.from(hkdfSync('sha256', authSecret, 'kneadwork', 'room-token-v1', 32));
  const mac = (body: string) => createHmac('sha256', key).update(body).digest();
  return {
    sign(ticket: Omit<RoomTicket, 'exp'>, now = Date.now()): { token: string; expiresAt: Date } {
      const exp = Math.floor(now / 1000) + roomTokenTtlSeconds;
      const body = Buffer.from(JSON.stringify({ ...ticket, exp })).toString('base64url');
      return { token: `${body}.${mac(body).toString('base64url')}`, expiresAt: new Date(exp * 1000) };
    },
    /** The ticket, or null when the token is forged, altered or expired. */
    verify(token: string, now = Date.now()): RoomTicket | null {
      const [body, signature, extra] = token.split('.');
      if (!body || !signature || extra !== undefined) return null;
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      const ticket = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as RoomTicket;
      return ticket.exp * 1000 > now ? ticket : null;
    },
  };
}
export type RoomTokens = ReturnType<typeof roomTokens>;
