// Addresses of public collaboration pages (/campaigns/{slug}, /research/{slug}) and campaign codes.
// A slug is the title's words plus a random tail, so two campaigns of the same name never collide
// and a slug cannot be guessed from the title alone.
import { randomBytes } from 'node:crypto';

// No 0/O or 1/I: a code is read aloud and typed from a flyer.
const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const randomFrom = (alphabet: string, length: number) =>
  [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');

export function publicSlug(title: string) {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-')
    .slice(0, 50)
    .replace(/-+$/, '');
  return `${words || 'page'}-${randomFrom('abcdefghijkmnpqrstuvwxyz23456789', 6)}`;
}

/** A campaign code such as "KW-7QH4MZ". */
export const campaignCode = () => `KW-${randomFrom(codeAlphabet, 6)}`;
