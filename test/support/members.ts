// Signing up and in through the real auth routes, as the browser would.
import type { TestApp } from './test-app.ts';
import { origin } from './test-app.ts';

export const json = { 'content-type': 'application/json', origin };

export function cookieFrom(response: { headers: Record<string, unknown> }) {
  const raw = response.headers['set-cookie'];
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return list.map((c: string) => c.split(';')[0]).join('; ');
}

export async function signUp(
  app: TestApp,
  name: string,
  email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`,
  password = 'a long enough password',
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers: json,
    payload: { name, email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  return { email, password, cookie: cookieFrom(response) };
}

export const asMember = (cookie: string) => ({ ...json, cookie });
