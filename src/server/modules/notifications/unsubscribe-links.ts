// One-click unsubscribe (RFC 8058): every notification email carries a fresh 256-bit token in a
// link and in the List-Unsubscribe header. Only its SHA-256 is stored, so a database leak does not
// hand out working links; a token found by its hash identifies the member it was issued to.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { notificationEmailRepository } from './notification-email.repository.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/** Tokens are base64url of 32 random bytes; anything else is not worth a database look-up. */
export const looksLikeToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

export async function issueUnsubscribeLink(db: Db, userId: string, publicUrl: string) {
  const token = randomBytes(32).toString('base64url');
  await notificationEmailRepository(db).saveUnsubscribeToken(userId, hashToken(token));
  const url = `${publicUrl}/unsubscribe/${token}`;
  return {
    url,
    headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

export async function memberForToken(db: Db, token: string) {
  if (!looksLikeToken(token)) return null;
  return (await notificationEmailRepository(db).findUnsubscribeToken(hashToken(token)))?.userId ?? null;
}
