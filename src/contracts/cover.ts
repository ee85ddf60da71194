// Cover when away: a member's away periods, the colleagues asked to cover, and the banner a profile
// and a directory entry show while a period runs. Schemas for /api/away (server) and its screens (web).
import { z } from 'zod';
import { isoDate, text } from './fields.ts';
import { memberCardSchema } from './member-card.ts';
import { keysOf } from './taxonomy.ts';
import { awayReasons, maxCovers, type AwayReason } from './cover-words.ts';

export { awayReasons, maxCovers, type AwayReason };

export const awayCreateSchema = z
  .object({
    reason: z.enum(keysOf(awayReasons)),
    startsOn: isoDate,
    endsOn: isoDate,
    message: text(500).default(''),
    coverSlugs: z
      .array(z.string().trim().min(1).max(80))
      .min(1, 'must include at least one colleague')
      .max(maxCovers, `must be at most ${maxCovers} colleagues`),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.endsOn < value.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must be on or after the first day' });
    if (new Set(value.coverSlugs).size !== value.coverSlugs.length)
      ctx.addIssue({ code: 'custom', path: ['coverSlugs'], message: 'must not name a colleague twice' });
  });
export type AwayCreate = z.infer<typeof awayCreateSchema>;

export const coverStatuses = ['invited', 'accepted', 'declined'] as const;
export const coverSchema = z.object({
  id: z.uuid(),
  member: memberCardSchema,
  status: z.enum(coverStatuses),
  respondedAt: z.string().nullable(),
});
export const awayPeriodSchema = z.object({
  id: z.uuid(),
  reason: z.enum(keysOf(awayReasons)),
  startsOn: z.string(),
  endsOn: z.string(),
  message: z.string(),
  /** upcoming | running | over (ended on its date or early) — derived from the dates, no job needed. */
  state: z.enum(['upcoming', 'running', 'over']),
  endedEarlyAt: z.string().nullable(),
  covers: z.array(coverSchema),
});
export type AwayPeriod = z.infer<typeof awayPeriodSchema>;
export const coverInvitationSchema = z.object({
  awayId: z.uuid(),
  coverId: z.uuid(),
  member: memberCardSchema,
  startsOn: z.string(),
  endsOn: z.string(),
  state: z.enum(['upcoming', 'running', 'over']),
  message: z.string(),
  status: z.enum(coverStatuses),
  /** What I handled: referrals redirected to me from this member during the period (0 unless I accepted). */
  redirected: z.number().int(),
});
export const awayListSchema = z.object({ mine: z.array(awayPeriodSchema), covering: z.array(coverInvitationSchema) });

/** The banner on a profile and a directory entry while the period runs. */
export const awayBannerSchema = z.object({
  until: z.string().describe('the last day away, YYYY-MM-DD'),
  message: z.string(),
  coveredBy: z.array(z.object({ slug: z.string(), displayName: z.string() })),
});
export type AwayBanner = z.infer<typeof awayBannerSchema>;
