// The public /events page: meetings of public circles near a postal code, and the shape the page
// is rendered from. One schema serves the page's GET form and the server.
import { z } from 'zod';
import { postalCodePattern } from './profile.ts';

/** How far ahead the page looks, and how many dates it shows per meeting. */
export const eventWindowDays = 28;
export const datesPerEvent = 4;

export const eventQuerySchema = z
  .object({
    near: z
      .string()
      .trim()
      .regex(postalCodePattern, 'must be a US ZIP (12345) or Canadian postal code (A1A 1A1)')
      .optional(),
    radius: z.coerce.number('must be a number').positive('must be positive').max(500, 'must be at most 500').optional(),
    unit: z.enum(['mi', 'km'], 'must be mi or km').default('mi'),
    page: z.coerce
      .number('must be a number')
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100')
      .default(1),
  })
  .strict();
export type EventQuery = z.infer<typeof eventQuerySchema>;

/** One public meeting with its next dates: where (a town, or online) and never an address. */
export type PublicEvent = {
  meetingId: string;
  title: string;
  circle: { slug: string; name: string; visibility: 'public' };
  /** The circle's home town; null for a meeting held online only. */
  town: { city: string; region: string; postalCode: string; country: string } | null;
  online: boolean;
  timeZone: string;
  durationMinutes: number;
  /** Starts and ends with the meeting's own offset, scheduled ones only. */
  dates: { start: string; end: string }[];
  distance: number | null;
};

export type PublicEventList = {
  items: PublicEvent[];
  page: number;
  pageSize: number;
  unit: 'mi' | 'km';
  origin: { label: string } | null;
  windowDays: number;
  /** Whether a next page may have more. */
  more: boolean;
};
