// Better Auth, configured for Kneadwork: email + password with argon2id, email verification and
// password reset through our mailer, sessions in the database, cookies HttpOnly + SameSite=Lax
// (+ Secure behind HTTPS). Its own rate limiter is off: auth.routes.ts counts failures in the
// database so the limit holds across instances.
import { betterAuth } from 'better-auth';
import { APIError } from 'better-auth/api';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { memberStandingRepository } from '../../db/member-standing.repository.ts';
import { account, session, user, verification } from '../../db/schema/index.ts';
import { hashPassword, verifyPassword } from '../../lib/passwords.ts';
import type { Mailer } from '../mail/mail.service.ts';
import { existingAccountSignUpMail, passwordResetMail, verificationMail } from './auth.mails.ts';

export function createAuth(config: Config, db: Db, mailer: Mailer) {
  const standing = memberStandingRepository(db);
  return betterAuth({
    appName: 'Kneadwork',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    trustedOrigins: config.ownOrigins,
    database: drizzleAdapter(db, { provider: 'pg', schema: { user, session, account, verification } }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      requireEmailVerification: config.auth.requireEmailVerification,
      password: { hash: hashPassword, verify: verifyPassword },
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      // Not awaited: the answer then takes as long for an address with an account as for one
      // without (the unknown address gets no mail). Should the process die in that instant, the
      // member asks again; the outbox keeps the mail durably once written.
      sendResetPassword: async ({ user: who, url }) => {
        mailer.queueAfterAnswer(passwordResetMail(who, url));
      },
      // Better Auth's own no-enumeration answer (used when verification is required); with new
      // members signed in at once, auth.routes.ts gives that answer and sends this same mail.
      onExistingUserSignUp: async ({ user: who }) => {
        await mailer.queue(existingAccountSignUpMail(who, `${config.publicUrl}/app/forgot-password`));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * 60 * 60,
      sendVerificationEmail: async ({ user: who, url }) => {
        await mailer.queue(verificationMail(who, url));
      },
    },
    session: { expiresIn: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    // A suspended member gets no session (sign-in, sign-in after verification): 403 until the
    // suspension ends. Their sessions already open were ended when it began (moderation).
    databaseHooks: {
      session: {
        create: {
          before: async (created) => {
            const suspension = await standing.activeSuspension(created.userId);
            if (!suspension) return;
            throw APIError.from('FORBIDDEN', {
              code: 'ACCOUNT_SUSPENDED',
              message: suspension.until
                ? `Your account is suspended until ${suspension.until.toISOString()}`
                : 'Your account is suspended',
            });
          },
        },
      },
    },
    // Reset and verification tokens are kept as hashes, so the database (and its WAL) holds no usable
    // one. Session tokens cannot be: Better Auth has no such option for them (docs/security.md).
    verification: { storeIdentifier: 'hashed' },
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'kneadwork',
      useSecureCookies: config.publicUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
