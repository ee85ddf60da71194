// Moderation's plain words, for pages that may not load zod: what can be reported, the admin's
// actions and how each is named on a button and in the audit log.
export const reportableKinds = [
  'profile',
  'message',
  'circle',
  'circle-post',
  'opportunity',
  'pool',
  'campaign',
  'research-project',
  'volunteer-event',
  'couples-request',
  'mentorship-offer',
] as const;
export type ReportableKindName = (typeof reportableKinds)[number];

export const reportActions = ['hide', 'warn', 'suspend', 'dismiss'] as const;
export type ReportAction = (typeof reportActions)[number];
/** Everything the audit trail records: the queue's actions and the ones taken outside it. */
export const auditActions = [...reportActions, 'unhide', 'unsuspend'] as const;
export type AuditAction = (typeof auditActions)[number];

export const reportStatuses = ['open', 'actioned', 'dismissed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const kindLabels: Record<ReportableKindName, string> = {
  profile: 'Profile',
  message: 'Message',
  circle: 'Circle',
  'circle-post': 'Circle post',
  opportunity: 'Opportunity',
  pool: 'Purchasing pool',
  campaign: 'Campaign',
  'research-project': 'Research project',
  'volunteer-event': 'Volunteer event',
  'couples-request': 'Couples request',
  'mentorship-offer': 'Mentorship offer',
};

export const actionLabels: Record<AuditAction, string> = {
  hide: 'Hid',
  unhide: 'Showed again',
  warn: 'Warned',
  suspend: 'Suspended',
  unsuspend: 'Lifted suspension',
  dismiss: 'Dismissed',
};
