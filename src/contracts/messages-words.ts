// The messaging limits and report reasons as plain values, kept apart from the zod schemas so a
// screen that only shows or counts them does not load zod (messages.ts re-exports them).
export const maxGroupOthers = 7;
export const maxMessageLength = 4000;
export const reportReasons = ['spam', 'harassment', 'inappropriate', 'impersonation', 'other'] as const;
