// Idempotency keys: a client that retries a create (a timeout, a flaky connection) sends the same
// Idempotency-Key header, and the server answers with what the first request made instead of making
// it twice. A key belongs to one member and one kind of create (`scope`, e.g. 'referral.create');
// the resource it made is written in the same transaction as the resource itself. The same key
// with a different request is a client's mistake, refused with 422 (request_hash).
import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    // Null only inside the transaction that claimed the key, before the resource exists.
    resourceId: uuid('resource_id'),
    // A hash of the request the key came with: the same key with another request is refused.
    // Null for keys stored before it was kept (those replay as before).
    requestHash: text('request_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.scope, table.userId, table.key] })],
);
