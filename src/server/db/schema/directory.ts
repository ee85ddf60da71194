import { bigint, index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

// What the in-process directory index (modules/directory/directory-index.ts) follows: every statement that
// writes profiles raises the one version number and records the rows it touched under it, by
// triggers (migration 0028), so no writer has to know. The version row is locked until the writing
// transaction commits, so versions commit in order: an instance that reads version V and then the
// changes up to V has seen every write committed before it read (decision 032).
export const directoryState = pgTable('directory_state', {
  id: integer('id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});

export const directoryChanges = pgTable(
  'directory_changes',
  {
    version: bigint('version', { mode: 'number' }).notNull(),
    profileId: uuid('profile_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('directory_changes_version_idx').on(table.version)],
);
