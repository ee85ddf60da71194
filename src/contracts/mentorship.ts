// Mentorship: what a member offers as a mentor or seeks as a mentee (PUT /api/me/mentoring), the
// suggestions with their reasons, requests and their answers, and the shared space of a mentorship
// (goals, check-ins, each party's private note). One set of schemas for the server and the web.
import { z } from 'zod';
import { isoDateTime, line, text } from './fields.ts';
import { isTimeZone } from './time.ts';
import { meetingFormats, mentoringAreas, type MeetingFormat, type MentoringArea } from './mentorship-words.ts';

export { mentoringAreas, meetingFormats, type MeetingFormat, type MentoringArea };
const areaKeys = Object.keys(mentoringAreas) as [MentoringArea, ...MentoringArea[]];
const format = z.enum(['in-person', 'online', 'both'], { error: "must be 'in-person', 'online' or 'both'" });

const areas = z
  .array(z.enum(areaKeys, { error: `must be among ${areaKeys.join(', ')}` }))
  .min(1, 'must name at least one area')
  .max(areaKeys.length)
  .transform((list) => [...new Set(list)]);

export const mentoringLimits = { capacity: { min: 1, max: 10 }, note: 1000 } as const;

export const mentoringOfferSchema = z
  .object({
    areas,
    capacity: z
      .number()
      .int('must be a whole number')
      .min(mentoringLimits.capacity.min, 'must be at least 1')
      .max(mentoringLimits.capacity.max, `must be at most ${mentoringLimits.capacity.max}`),
    format,
    /** IANA zone; left out, the profile's own zone is used. */
    timeZone: z
      .string()
      .max(64)
      .refine(isTimeZone, 'must be a time zone such as America/Chicago')
      .nullable()
      .optional(),
    note: text(mentoringLimits.note).optional(),
    /** Show "mentored N therapists" on my profile. */
    showMentoredCount: z.boolean().optional(),
  })
  .strict();
export type MentoringOffer = z.infer<typeof mentoringOfferSchema>;

export const mentoringSeekSchema = z.object({ areas, note: text(mentoringLimits.note).optional(), format }).strict();
export type MentoringSeek = z.infer<typeof mentoringSeekSchema>;

/** PUT /api/me/mentoring: a part left out is unchanged; null stops offering or seeking. */
export const mentoringUpdateSchema = z
  .object({ offering: mentoringOfferSchema.nullable().optional(), seeking: mentoringSeekSchema.nullable().optional() })
  .strict();
export type MentoringUpdate = z.infer<typeof mentoringUpdateSchema>;

const areaList = z.array(z.enum(areaKeys));
export const mentoringSchema = z.object({
  offering: z
    .object({
      areas: areaList,
      capacity: z.number().int(),
      format,
      timeZone: z.string().nullable(),
      note: z.string(),
      showMentoredCount: z.boolean(),
      activeMentees: z.number().int(),
      /** Hidden by a moderator: out of every suggestion. */
      hidden: z.boolean(),
    })
    .nullable(),
  seeking: z.object({ areas: areaList, note: z.string(), format }).nullable(),
});
export type Mentoring = z.infer<typeof mentoringSchema>;

export const suggestionQuerySchema = z
  .object({
    unit: z.enum(['mi', 'km'], { error: "must be 'mi' or 'km'" }).default('mi'),
    limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(20).default(10),
  })
  .strict();
export type SuggestionQuery = z.infer<typeof suggestionQuerySchema>;

export const suggestionSchema = z.object({
  slug: z.string(),
  name: z.string(),
  score: z.number(),
  /** The three largest parts of the score, in plain words. */
  reasons: z.array(z.string()),
});
export const suggestionListSchema = z.object({ items: z.array(suggestionSchema) });
export type Suggestion = z.infer<typeof suggestionSchema>;

export const mentorshipRequestSchema = z
  .object({
    mentorSlug: z.string().trim().min(1, 'is required').max(80),
    message: text(mentoringLimits.note).min(1, 'is required'),
  })
  .strict();
export type MentorshipRequest = z.infer<typeof mentorshipRequestSchema>;

export const mentorshipDeclineSchema = z.object({ note: text(500).optional() }).strict();
export const mentorshipFeedbackSchema = z.object({ feedback: text(2000).min(1, 'is required') }).strict();
export const mentorshipGoalCreateSchema = z.object({ title: line(200).min(1, 'is required') }).strict();
export const mentorshipNoteSchema = z.object({ text: text(5000) }).strict();
export const mentorshipCheckInCreateSchema = z
  .object({
    startsAt: isoDateTime(),
    /** Minutes before the start to remind both parties; left out, no reminder. */
    remindMinutesBefore: z
      .number()
      .int('must be a whole number')
      .min(5)
      .max(7 * 24 * 60)
      .optional(),
  })
  .strict();

export const mentorshipStatuses = ['requested', 'active', 'declined', 'withdrawn', 'ended'] as const;
export type MentorshipStatus = (typeof mentorshipStatuses)[number];

export const mentorshipSchema = z.object({
  id: z.uuid(),
  role: z.enum(['mentor', 'mentee']),
  other: z.object({ slug: z.string(), name: z.string() }),
  status: z.enum(mentorshipStatuses),
  message: z.string(),
  declineNote: z.string(),
  feedback: z.object({ mine: z.string(), theirs: z.string() }),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type Mentorship = z.infer<typeof mentorshipSchema>;
export const mentorshipListSchema = z.object({ items: z.array(mentorshipSchema) });

export const mentorshipSpaceSchema = mentorshipSchema.extend({
  goals: z.array(z.object({ id: z.uuid(), title: z.string(), done: z.boolean(), createdAt: z.string() })),
  checkIns: z.array(z.object({ id: z.uuid(), startsAt: z.string(), remindAt: z.string().nullable() })),
  /** My private note: the other party never sees it. */
  myNote: z.string(),
});
export type MentorshipSpace = z.infer<typeof mentorshipSpaceSchema>;
export const mentorshipConversationSchema = z.object({ conversationId: z.uuid() });
