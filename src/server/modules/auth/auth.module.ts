// Accounts and sessions: Better Auth under /api/auth/* (built with the app context, since every
// module's actors come from it), with Kneadwork's limits and rules around it.
import { defineModule } from '../module.ts';
import type { RateLimitsService } from '../platform/rate-limits.service.ts';
import { registerAuthRoutes } from './auth.routes.ts';
import { signInLimitsService } from './sign-in-limits.service.ts';

export const authModule = defineModule((context, { rateLimits }: { rateLimits: RateLimitsService }) => {
  const signInLimits = signInLimitsService(context, { rateLimits });
  return {
    name: 'auth',
    services: { signInLimits },
    register: (app) => registerAuthRoutes(app, context, signInLimits),
  };
});
