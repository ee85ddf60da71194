// A client's whole record to take away (export), and deleting a client under the retention rule
// (docs/clients-and-consent.md, docs/security.md). Shared by server and web.
import { z } from 'zod';
import { accessLogEntrySchema, clientSchema, consentSchema } from './clients.ts';

/** One part of the record another module keeps (intake, plans, sessions, check-ins), as it exported it. */
export const exportSectionSchema = z.object({ name: z.string(), label: z.string(), data: z.unknown() });
export type ExportSection = z.infer<typeof exportSectionSchema>;

export const clientExportSchema = z.object({
  format: z.literal('kneadwork.client-record/1'),
  exportedAt: z.string(),
  therapist: z.object({ userId: z.string(), name: z.string() }),
  client: clientSchema,
  consents: z.array(consentSchema),
  accessLog: z.array(accessLogEntrySchema),
  sections: z.array(exportSectionSchema),
});
export type ClientExport = z.infer<typeof clientExportSchema>;

/** The signed-in client's records, one per therapist who keeps one. */
export const portalExportSchema = z.object({
  format: z.literal('kneadwork.portal-records/1'),
  exportedAt: z.string(),
  records: z.array(clientExportSchema),
});
export type PortalExport = z.infer<typeof portalExportSchema>;

/** What deleting this client would do now: destroy at once, or hide and keep until `destroyAfter`. */
export const deletionPlanSchema = z.object({
  outcome: z.enum(['destroyed', 'retained']),
  /** Why the record must be kept, in words ("signed session notes"); empty when nothing does. */
  reasons: z.array(z.string()),
  retentionYears: z.number(),
  /** When a retained record is destroyed; null when it is destroyed at once. */
  destroyAfter: z.string().nullable(),
});
export type DeletionPlan = z.infer<typeof deletionPlanSchema>;
