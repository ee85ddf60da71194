// Collaborations (docs/growth.md, Collaborations): joint marketing campaigns with their public
// landing page and per-participant counts, research projects with members and outside sign-ups,
// volunteer events with capacity-limited shifts, and couples-massage partner requests. Every
// public post carries `hidden_at`, set by moderation: a hidden post is gone for everyone but admins.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const hiddenAt = () => timestamp('hidden_at', { withTimezone: true });
const owner = (name: string) =>
  text(name)
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' });

export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizerUserId: owner('organizer_user_id'),
    slug: text('slug').notNull().unique(),
    // Shown on the landing page; clients mention it when they book.
    code: text('code').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    hiddenAt: hiddenAt(),
    createdAt: createdAt(),
  },
  (table) => [index('campaigns_organizer_idx').on(table.organizerUserId)],
);

export const campaignParticipants = pgTable(
  'campaign_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    userId: owner('user_id'),
    // invited | accepted | declined (the organizer is accepted from the start)
    status: text('status').notNull().default('invited'),
    offerText: text('offer_text').notNull().default(''),
    // One of the participant's own offers (modules/offers), checked when it is set.
    offerId: uuid('offer_id'),
    offerTitle: text('offer_title'),
    createdAt: createdAt(),
  },
  (table) => [unique('campaign_participants_once').on(table.campaignId, table.userId), index().on(table.userId)],
);

// One row per (participant, visitor, day, kind): a reload or a second click the same day adds nothing.
export const campaignHits = pgTable(
  'campaign_hits',
  {
    participantId: uuid('participant_id')
      .notNull()
      .references(() => campaignParticipants.id, { onDelete: 'cascade' }),
    // visit | referral
    kind: text('kind').notNull(),
    // sha-256 of the visitor cookie, never the cookie itself.
    visitorKey: text('visitor_key').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.participantId, table.kind, table.visitorKey, table.day] })],
);

export const researchProjects = pgTable(
  'research_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadUserId: owner('lead_user_id'),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    // Whether the public sign-up page accepts people.
    recruiting: boolean('recruiting').notNull().default(true),
    hiddenAt: hiddenAt(),
    createdAt: createdAt(),
  },
  (table) => [index('research_projects_lead_idx').on(table.leadUserId)],
);

export const researchMembers = pgTable(
  'research_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => researchProjects.id, { onDelete: 'cascade' }),
    userId: owner('user_id'),
    // lead | collaborator | participant
    role: text('role').notNull(),
    // applied | accepted | declined
    status: text('status').notNull().default('applied'),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (table) => [unique('research_members_once').on(table.projectId, table.userId), index().on(table.userId)],
);

// People outside Kneadwork who signed up on the public page: their details are the lead's alone.
export const researchSignups = pgTable(
  'research_signups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => researchProjects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (table) => [unique('research_signups_once').on(table.projectId, table.email)],
);

export const volunteerEvents = pgTable(
  'volunteer_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizerUserId: owner('organizer_user_id'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    place: text('place').notNull().default(''),
    timeZone: text('time_zone').notNull().default('UTC'),
    hiddenAt: hiddenAt(),
    createdAt: createdAt(),
  },
  (table) => [index('volunteer_events_organizer_idx').on(table.organizerUserId)],
);

export const volunteerShifts = pgTable(
  'volunteer_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => volunteerEvents.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    // Seats taken, changed only by a conditional UPDATE (taken < capacity) with its sign-up row.
    taken: integer('taken').notNull().default(0),
  },
  (table) => [
    index().on(table.eventId),
    index('volunteer_shifts_starts_idx').on(table.startsAt),
    check('volunteer_shifts_within_capacity', sql`${table.taken} >= 0 AND ${table.taken} <= ${table.capacity}`),
  ],
);

export const volunteerSignups = pgTable(
  'volunteer_signups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shiftId: uuid('shift_id')
      .notNull()
      .references(() => volunteerShifts.id, { onDelete: 'cascade' }),
    userId: owner('user_id'),
    // Claimed by the reminder job (UPDATE … WHERE reminded_at IS NULL), so a reminder goes once.
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [unique('volunteer_signups_once').on(table.shiftId, table.userId), index().on(table.userId)],
);

export const couplesRequests = pgTable(
  'couples_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner('user_id'),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    postalCode: text('postal_code').notNull(),
    place: text('place').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    note: text('note').notNull().default(''),
    hiddenAt: hiddenAt(),
    createdAt: createdAt(),
  },
  (table) => [
    index().on(table.userId),
    index('couples_requests_earth_idx').using('gist', sql`ll_to_earth(${table.lat}, ${table.lng})`),
  ],
);
