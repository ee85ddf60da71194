// Invitation tokens: 256 bits from the CSPRNG, only their SHA-256 stored, so a database copy opens
// nothing and a link's address is shown once. The address is the no-JavaScript invitation page.
import { createHash, randomBytes } from 'node:crypto';

export const tokenPattern = /^[A-Za-z0-9_-]{20,100}$/;
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');
export const invitationUrl = (publicUrl: string, token: string) => `${publicUrl}/circles/join/${token}`;
