// A device cookie (OWASP, "Slow brute force / lockout" guidance): after a successful sign-in the
// browser keeps a signed note "this device signed in as <account>". The per-account lockout then
// applies only to devices without one, so a stranger's ten wrong guesses lock strangers out, not
// the member at their usual computer. A known device gets its own failure counter instead.
// The note holds a hash of the address (not the address), a random id, and its issue time,
// signed with AUTH_SECRET; it proves nothing beyond "this browser once knew the password".
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const deviceCookieName = 'kneadwork.device';
export const deviceCookieDays = 180;

type DeviceNote = { account: string; device: string; issuedAt: number };

const accountHash = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22);
const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`device-cookie:${payload}`).digest('base64url');

export function issueDeviceCookie(secret: string, email: string, secure: boolean, now = Date.now()) {
  const payload = Buffer.from(
    JSON.stringify({
      account: accountHash(email),
      device: randomBytes(16).toString('base64url'),
      issuedAt: now,
    } satisfies DeviceNote),
  ).toString('base64url');
  const value = `${payload}.${sign(secret, payload)}`;
  const attributes = [
    `Max-Age=${deviceCookieDays * 24 * 60 * 60}`,
    'Path=/api/auth',
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ];
  return `${deviceCookieName}=${value}; ${attributes.join('; ')}`;
}

/** The device id when `cookieHeader` carries a valid, unexpired note for this address; otherwise null. */
export function knownDevice(
  secret: string,
  cookieHeader: string | undefined,
  email: string,
  now = Date.now(),
): string | null {
  const raw = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${deviceCookieName}=`))
    ?.slice(deviceCookieName.length + 1);
  if (!raw) return null;
  const [payload, signature] = raw.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const note = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as DeviceNote;
    if (note.account !== accountHash(email)) return null;
    if (!(now - note.issuedAt < deviceCookieDays * 24 * 60 * 60 * 1000)) return null;
    return typeof note.device === 'string' ? note.device : null;
  } catch {
    return null;
  }
}
