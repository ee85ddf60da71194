// The notification centre and its email preferences: one set of schemas for /api/notifications
// (server) and the bell and settings screens built on them (web).
import { z } from 'zod';

/** Preference categories. A kind's category is the part before its dot ('referral.received' → referrals). */
export const notificationCategories = [
  'referrals',
  'trades',
  'connections',
  'away',
  'messages',
  'contacts',
  'clients',
  'circles',
  'other',
] as const;
export type NotificationCategory = (typeof notificationCategories)[number];

// Kinds are free strings owned by the domain that sends them; this only maps their prefix.
const prefixes: Record<string, NotificationCategory> = {
  referral: 'referrals',
  trade: 'trades',
  connection: 'connections',
  endorsement: 'connections',
  away: 'away',
  message: 'messages',
  conversation: 'messages',
  contact: 'contacts',
  client: 'clients',
  consent: 'clients',
  circle: 'circles',
};
export function categoryOf(kind: string): NotificationCategory {
  const prefix = kind.split('.')[0]!.trim().toLowerCase();
  if (prefix in prefixes) return prefixes[prefix]!;
  return (notificationCategories as readonly string[]).includes(prefix) ? (prefix as NotificationCategory) : 'other';
}

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  category: z.enum(notificationCategories),
  title: z.string(),
  body: z.string(),
  /** Where the notification leads in the app, e.g. '/app/referrals/<id>'. */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

const booleanQuery = z.enum(['true', 'false'], 'must be true or false').transform((value) => value === 'true');

export const notificationQuerySchema = z
  .object({
    unread: booleanQuery.optional(),
    /** The id of the last notification of the previous page: the next page starts after it. */
    before: z.uuid('must be a notification id').optional(),
    limit: z.coerce
      .number('must be a number')
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100')
      .default(30),
  })
  .strict();
export type NotificationQuery = z.infer<typeof notificationQuerySchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unreadCount: z.number().int(),
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: z.uuid().nullable(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const notificationIdParamsSchema = z.object({ id: z.uuid('must be a notification id') });
export const readAllResultSchema = z.object({ marked: z.number().int(), unreadCount: z.number().int() });

export const emailModes = ['instant', 'batched', 'off'] as const;
export type EmailMode = (typeof emailModes)[number];
const emailMode = z.enum(emailModes, 'must be instant, batched or off');

export const notificationPreferencesSchema = z.object({
  /** Per category: instant (at the next run), batched (at most one email an hour, the default) or off. */
  email: z.record(z.enum(notificationCategories), emailMode),
  weeklyDigest: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** A partial update: only the categories given change. */
export const notificationPreferencesUpdateSchema = z
  .object({
    email: z.partialRecord(z.enum(notificationCategories, 'is not a notification category'), emailMode).optional(),
    weeklyDigest: z.boolean('must be true or false').optional(),
  })
  .strict();
export type NotificationPreferencesUpdate = z.infer<typeof notificationPreferencesUpdateSchema>;
