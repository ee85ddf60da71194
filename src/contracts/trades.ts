// Treatment trades (barter) between members: the proposal form, the transitions, the trade as one
// party sees it, the minutes ledger per partner, and the notes after a trade. Terms are always
// written from the caller's side: `give` is the session I give, `receive` the one I receive.
import { z } from 'zod';
import { isoDateTime, line, text } from './fields.ts';
import { tradeLimits } from './trade-words.ts';

export { tradeLimits };

const minutes = z
  .number()
  .int('must be a whole number')
  .min(tradeLimits.minutes.min, `must be at least ${tradeLimits.minutes.min} minutes`)
  .max(tradeLimits.minutes.max, `must be at most ${tradeLimits.minutes.max} minutes`);

export const tradeTermSchema = z.object({ service: line(120).min(1, 'is required'), minutes }).strict();
export type TradeTerm = z.infer<typeof tradeTermSchema>;

/** POST /api/trades: propose to a visible member. */
export const tradeProposeSchema = z
  .object({
    toMemberSlug: z.string().trim().min(1, 'is required').max(80),
    give: tradeTermSchema,
    receive: tradeTermSchema,
    note: text(2000).optional(),
  })
  .strict();
export type TradePropose = z.infer<typeof tradeProposeSchema>;

/** A session from the caller's side: the one I give ('mine') or the one I receive ('theirs'). */
export const sessionSide = z.enum(['mine', 'theirs'], { error: "must be 'mine' or 'theirs'" });
export type SessionSide = z.infer<typeof sessionSide>;
/** Which session a transition is about: 'mine', 'theirs', or the profile slug of the member who gives it. */
export const sessionRef = z.string().trim().min(1, "must be 'mine', 'theirs' or the provider's profile slug").max(80);

/** POST /api/trades/{id}/transitions. Impossible transitions answer 409. */
export const tradeTransitionSchema = z.discriminatedUnion(
  'to',
  [
    z.object({ to: z.literal('accepted') }).strict(),
    z.object({ to: z.literal('declined'), reason: line(300).optional() }).strict(),
    /** New terms from the counterer's side; the other party must answer next. */
    z
      .object({
        to: z.literal('countered'),
        give: tradeTermSchema,
        receive: tradeTermSchema,
        note: text(2000).optional(),
      })
      .strict(),
    z.object({ to: z.literal('cancelled'), reason: line(300).min(1, 'is required') }).strict(),
    /** Schedules (or moves) a session; both members get an iCalendar invite. */
    z
      .object({
        to: z.literal('scheduled'),
        session: sessionRef,
        startsAt: isoDateTime(),
        location: line(200).optional(),
      })
      .strict(),
    /** My confirmation that the session took place; the second side's confirmation completes it. */
    z.object({ to: z.literal('completed'), session: sessionRef }).strict(),
    /** The other party did not come to this session (recorded against them). */
    z.object({ to: z.literal('no-show'), session: sessionRef }).strict(),
  ],
  { error: "must be one of 'accepted', 'declined', 'countered', 'cancelled', 'scheduled', 'completed', 'no-show'" },
);
export type TradeTransition = z.infer<typeof tradeTransitionSchema>;

export const tradeStatuses = [
  'proposed',
  'countered',
  'accepted',
  'scheduled',
  'completed',
  'no-show',
  'declined',
  'cancelled',
] as const;
export type TradeStatus = (typeof tradeStatuses)[number];
export const sessionStatuses = ['unscheduled', 'scheduled', 'completed', 'no-show', 'cancelled'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

const party = z.enum(['me', 'partner']);
const memberRef = z.object({ slug: z.string().nullable(), name: z.string() });

export const tradeSessionSchema = z.object({
  id: z.uuid(),
  /** 'mine': I give it; 'theirs': my partner gives it. */
  side: sessionSide,
  service: z.string(),
  minutes: z.number().int(),
  status: z.enum(sessionStatuses),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  location: z.string(),
  confirmedByMe: z.boolean(),
  confirmedByPartner: z.boolean(),
  /** Who did not come, when a no-show was recorded. */
  noShow: party.nullable(),
  completedAt: z.string().nullable(),
});
export type TradeSession = z.infer<typeof tradeSessionSchema>;

export const tradeSchema = z.object({
  id: z.uuid(),
  status: z.enum(tradeStatuses),
  role: z.enum(['proposer', 'partner']),
  partner: memberRef,
  give: tradeTermSchema,
  receive: tradeTermSchema,
  note: z.string(),
  /** Whose answer the proposal or counter waits for (null once agreed or closed). */
  awaiting: party.nullable(),
  counters: z.number().int(),
  closedReason: z.string(),
  closedBy: party.nullable(),
  sessions: z.array(tradeSessionSchema),
  /** My own notes: the private one is never shown to the partner. */
  myNotes: z.object({ privateNote: z.string(), sharedFeedback: z.string() }),
  /** What the partner chose to share with me. */
  feedbackFromPartner: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Trade = z.infer<typeof tradeSchema>;
export const tradeListSchema = z.object({ items: z.array(tradeSchema) });

/** POST /api/trades/{id}/notes: either or both; an omitted field keeps its text. */
export const tradeNotesSchema = z
  .object({ privateNote: text(4000).optional(), sharedFeedback: text(4000).optional() })
  .strict()
  .refine((body) => body.privateNote !== undefined || body.sharedFeedback !== undefined, {
    path: ['privateNote'],
    message: 'is required unless you give shared feedback',
  });
export type TradeNotes = z.infer<typeof tradeNotesSchema>;

export const ledgerEntrySchema = z.object({
  tradeId: z.uuid(),
  sessionId: z.uuid(),
  service: z.string(),
  /** + I gave the session (they owe me), − I received it (I owe them). */
  minutes: z.number().int(),
  completedAt: z.string(),
});

/** GET /api/trades/ledger: one entry per partner I have completed sessions with. */
export const ledgerSchema = z.object({
  partners: z.array(
    z.object({
      partner: memberRef,
      /** Minutes my partner owes me; negative when I owe them. */
      balance: z.number().int(),
      theyOweMe: z.number().int(),
      iOweThem: z.number().int(),
      history: z.array(ledgerEntrySchema),
    }),
  ),
});
export type Ledger = z.infer<typeof ledgerSchema>;
