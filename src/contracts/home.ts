// A member's home (GET /api/me/home): what needs doing now, in counts and a few names, gathered
// from the other modules in one request so the first screen after sign-in loads at once.
import { z } from 'zod';

const waitingReferralSchema = z.object({
  id: z.uuid(),
  from: z.string(),
  specialty: z.string(),
  urgency: z.string(),
  createdAt: z.string(),
});
const waitingTradeSchema = z.object({ id: z.uuid(), partner: z.string(), status: z.string() });

export const profileChecks = [
  'photo',
  'specialties',
  'treatmentGoals',
  'howMyWorkHelps',
  'history',
  'training',
  'practice',
  'contact',
] as const;
export type ProfileCheck = (typeof profileChecks)[number];

export const memberHomeSchema = z.object({
  /** First visit: nothing built yet (no professionals, referrals or trades), so greet, don't "welcome back". */
  newMember: z.boolean(),
  followUps: z.object({ overdue: z.number().int(), today: z.number().int(), upcoming: z.number().int() }),
  /** Referrals sent to me that wait for my accept or decline (newest first, at most 5 listed). */
  referralsWaiting: z.object({ total: z.number().int(), items: z.array(waitingReferralSchema) }),
  /** Trade proposals and counters that wait for my answer. */
  tradesToAnswer: z.object({ total: z.number().int(), items: z.array(waitingTradeSchema) }),
  /** Open certificates ending in the next 14 days: ones I issued (remind the holder) and ones I hold (use them). */
  certificatesExpiring: z.object({ issued: z.number().int(), held: z.number().int(), withinDays: z.number().int() }),
  profile: z.object({
    slug: z.string(),
    percent: z.number().int().min(0).max(100),
    missing: z.array(z.enum(profileChecks)),
  }),
  /** My professionals per pipeline stage (every stage present, 0 when empty), and the total. */
  pipeline: z.object({ total: z.number().int(), byStage: z.record(z.string(), z.number().int()) }),
});
export type MemberHome = z.infer<typeof memberHomeSchema>;
