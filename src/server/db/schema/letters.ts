// Letters of introduction: per-profession templates a member may rewrite, and each letter
// addressed to a contact with its final text and where its delivery stands.
import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { contacts } from './contacts.ts';
import { certificates } from './offers.ts';
import { mailOutbox } from './mail.ts';

export const letterTemplates = pgTable(
  'letter_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    profession: text('profession').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('letter_templates_owner_profession_key').on(table.ownerUserId, table.profession)],
);

export const letters = pgTable(
  'letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: text('owner_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    // The recipient as addressed when the letter was written (kept if the contact is deleted).
    recipientName: text('recipient_name').notNull(),
    salutation: text('salutation').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    certificateId: uuid('certificate_id').references(() => certificates.id, { onDelete: 'set null' }),
    // Delivery is the outbox row's: queued | sent | failed. Null while a draft.
    mailId: uuid('mail_id').references(() => mailOutbox.id, { onDelete: 'set null' }),
    sentTo: text('sent_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('letters_owner_idx').on(table.ownerUserId, table.createdAt),
    index('letters_contact_idx').on(table.contactId),
  ],
);
