// argon2id at OWASP's minimum (m=19456 KiB, t=2, p=1), plugged into Better Auth.
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 declares Algorithm as a const enum, which erasable TypeScript cannot import.
const argon2id = 2;
const options = { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);
export const verifyPassword = async ({ hash: stored, password }: { hash: string; password: string }) => {
  try {
    return await verify(stored, password);
  } catch {
    return false; // not an argon2 hash: treat as a wrong password, never as a crash
  }
};
