// Sign-up never says whether an address has an account. Better Auth answers 422 "User already
// exists" unless new accounts start signed out (its own enumeration guard needs autoSignIn off or
// verification required); Kneadwork keeps new members signed in, so the one place that sees the
// 422 (auth.routes.ts) turns it into the answer a new sign-up gets, after doing the work a new
// sign-up does (hash the password, queue one mail), and the mail goes to the address's owner.
// See docs/decisions/009-sign-in-hardening.md.
import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { hashPassword } from '../../lib/passwords.ts';
import type { Mailer } from '../mail/mail.service.ts';
import { existingAccountSignUpMail } from './auth.mails.ts';
import { authUserRepository } from './auth-user.repository.ts';

export const existingEmailCode = 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL';

type SignUpBody = { name?: unknown; email?: unknown; password?: unknown; image?: unknown };
type PublicUser = {
  id: string;
  email: string;
  name: string;
  image: string | null;
  emailVerified: boolean;
  createdAt: string;
  updatedAt: string;
};

/** What every successful sign-up answers: the new user, and no token (the session travels only in the cookie). */
export const signUpAnswer = (user: PublicUser) => ({ token: null, user });

export function existingSignUp(db: Db, mailer: Mailer, config: Config) {
  const users = authUserRepository(db);
  return async (body: SignUpBody) => {
    const email = String(body.email).trim().toLowerCase();
    await hashPassword(String(body.password));
    const owner = await users.findByEmail(email);
    if (owner) await mailer.queue(existingAccountSignUpMail(owner, `${config.publicUrl}/app/forgot-password`));
    const now = new Date().toISOString();
    // The id is made the way Better Auth makes one (32 random characters), and never stored.
    const id = randomBytes(24).toString('base64url').replace(/[-_]/g, 'x').slice(0, 32);
    return signUpAnswer({
      id,
      email,
      name: String(body.name),
      image: typeof body.image === 'string' ? body.image : null,
      emailVerified: false,
      createdAt: now,
      updatedAt: now,
    });
  };
}
