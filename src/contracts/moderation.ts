// Reports, the admin queue, actions and the audit trail: one set of schemas for /api/reports,
// /api/admin/* and the admin page (docs/moderation.md). Plain words pages may import live in
// moderation-words.ts.
import { z } from 'zod';
import { isoDateTime, line, text } from './fields.ts';
import { memberCardSchema } from './member-card.ts';
import { auditActions, reportActions, reportStatuses, reportableKinds } from './moderation-words.ts';

export { auditActions, reportActions, reportStatuses, reportableKinds };

/** The admin's or the reporter's words: a sentence, not a click. */
const reasonText = text(1000).min(3, 'must be at least 3 characters');

export const reportCreateSchema = z
  .object({
    kind: z.enum(reportableKinds, `must be one of ${reportableKinds.join(', ')}`),
    id: line(200).min(1, 'is required'),
    reason: reasonText,
  })
  .strict();
export type ReportCreate = z.infer<typeof reportCreateSchema>;
export const reportReceiptSchema = z.object({ reported: z.literal(true) });

export const reportQuerySchema = z.object({
  status: z.enum(reportStatuses, `must be one of ${reportStatuses.join(', ')}`).default('open'),
});

export const reportedItemSchema = z.object({
  title: z.string(),
  excerpt: z.string(),
  path: z.string(),
  hidden: z.boolean(),
  /** False when the item no longer exists: the queue shows what it said when first reported. */
  exists: z.boolean(),
});

export const auditEntrySchema = z.object({
  id: z.uuid(),
  admin: memberCardSchema.nullable(),
  action: z.enum(auditActions),
  kind: z.enum(reportableKinds).nullable(),
  itemId: z.string().nullable(),
  reportId: z.uuid().nullable(),
  subject: memberCardSchema.nullable(),
  reason: z.string(),
  until: z.string().nullable(),
  createdAt: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const queuedReportSchema = z.object({
  id: z.uuid(),
  kind: z.enum(reportableKinds),
  itemId: z.string(),
  status: z.enum(reportStatuses),
  item: reportedItemSchema,
  author: memberCardSchema.nullable(),
  authorSuspended: z.boolean(),
  reporters: z.array(z.object({ member: memberCardSchema.nullable(), reason: z.string(), createdAt: z.string() })),
  count: z.number().int(),
  /** What admins did before about the author (newest first, at most 10). */
  priorActions: z.array(auditEntrySchema),
  createdAt: z.string(),
  lastReportedAt: z.string(),
});
export type QueuedReport = z.infer<typeof queuedReportSchema>;
export const reportQueueSchema = z.object({ items: z.array(queuedReportSchema) });

export const reportActionSchema = z
  .object({
    action: z.enum(reportActions, `must be one of ${reportActions.join(', ')}`),
    reason: reasonText,
    /** Suspend only: when the suspension ends (absent: until an admin lifts it). */
    until: isoDateTime().optional(),
  })
  .strict();
export type ReportActionInput = z.infer<typeof reportActionSchema>;

export const adminReasonSchema = z.object({ reason: reasonText }).strict();
export const reportIdParamsSchema = z.object({ id: z.uuid('must be a report id') });
export const memberSlugParamsSchema = z.object({ slug: line(100).min(1, 'is required') });

export const auditQuerySchema = z.object({
  limit: z.coerce.number('must be a number').int('must be a whole number').min(1).max(200).default(50),
});
export const auditLogSchema = z.object({ items: z.array(auditEntrySchema) });

export const suspensionSchema = z.object({ slug: z.string(), suspended: z.boolean(), until: z.string().nullable() });
export const adminStatusSchema = z.object({ admin: z.boolean() });
