// The trusted network (connections, a private trusted mark, endorsements) and reciprocity figures
// for the chart: one set of schemas for /api/connections and /api/reciprocity (server) and the
// screens built on them (web).
import { z } from 'zod';
import { keysOf, modalities, specialties } from './taxonomy.ts';

import { memberCardSchema } from './member-card.ts';

// ---- connections ----------------------------------------------------------------------------

export const connectionCreateSchema = z
  .object({ toMemberSlug: z.string().trim().min(1, 'is required').max(80) })
  .strict();
export const connectionUpdateSchema = z.object({ trusted: z.boolean() }).strict();

export const endorsementKinds = ['specialty', 'modality'] as const;
export type EndorsementKind = (typeof endorsementKinds)[number];
export const endorsementCreateSchema = z
  .object({ kind: z.enum(endorsementKinds), key: z.string().trim().min(1, 'is required').max(60) })
  .strict()
  .superRefine((value, ctx) => {
    const known: readonly string[] = value.kind === 'specialty' ? keysOf(specialties) : keysOf(modalities);
    if (!known.includes(value.key))
      ctx.addIssue({ code: 'custom', path: ['key'], message: `is not a known ${value.kind}` });
  });
export type EndorsementCreate = z.infer<typeof endorsementCreateSchema>;
export const endorsementSchema = z.object({
  id: z.uuid(),
  kind: z.enum(endorsementKinds),
  key: z.string(),
  createdAt: z.string(),
});
export type Endorsement = z.infer<typeof endorsementSchema>;

export const connectionSchema = z.object({
  id: z.uuid(),
  status: z.enum(['pending', 'accepted']),
  /** outgoing: I asked; incoming: they asked (only the addressee may accept). */
  direction: z.enum(['outgoing', 'incoming']),
  member: memberCardSchema,
  /** My private mark; the other side never sees it. */
  trusted: z.boolean(),
  /** What I have endorsed on their profile. */
  myEndorsements: z.array(endorsementSchema),
  createdAt: z.string(),
  acceptedAt: z.string().nullable(),
});
export type Connection = z.infer<typeof connectionSchema>;
export const connectionListSchema = z.object({ items: z.array(connectionSchema) });

/** Shown on a profile: how many members endorsed each of its specialties and modalities. */
export const endorsementCountsSchema = z.object({
  specialties: z.record(z.string(), z.number().int()),
  modalities: z.record(z.string(), z.number().int()),
});
export type EndorsementCounts = z.infer<typeof endorsementCountsSchema>;

// ---- reciprocity ----------------------------------------------------------------------------

const flowSchema = z.object({
  sent: z.number().int(),
  received: z.number().int(),
  accepted: z.number().int(),
  seen: z.number().int(),
  returned: z.number().int(),
});
export const reciprocityPartnerSchema = z.object({
  member: memberCardSchema,
  connected: z.boolean(),
  trusted: z.boolean(),
  /** Referrals I sent them (and how far they got). */
  sent: flowSchema.omit({ received: true, sent: true }).extend({ total: z.number().int() }),
  /** Referrals they sent me (and how far I took them). */
  received: flowSchema.omit({ received: true, sent: true }).extend({ total: z.number().int() }),
});
export const reciprocitySchema = z.object({
  partners: z.array(reciprocityPartnerSchema),
  /** The last 12 months, oldest first, every month present (zeros included) for the chart. */
  trend: z.array(
    z.object({
      month: z.string().describe('YYYY-MM'),
      sent: z.number().int(),
      received: z.number().int(),
      returned: z.number().int(),
    }),
  ),
  network: z.object({
    nodes: z.array(z.object({ id: z.string(), label: z.string(), role: z.enum(['me', 'partner']) })),
    /** Directed, weighted by the number of referrals from → to. */
    edges: z.array(z.object({ from: z.string(), to: z.string(), weight: z.number().int() })),
  }),
  suggestions: z.array(
    z.object({
      member: memberCardSchema,
      kind: z.enum(['they-never-refer-back', 'you-never-refer-back']),
      sent: z.number().int(),
      received: z.number().int(),
      message: z.string(),
    }),
  ),
});
export type Reciprocity = z.infer<typeof reciprocitySchema>;
