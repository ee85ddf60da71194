// Field rules shared by every form and API body, so a phone number or a single line means the
// same thing in a profile, a contact and an offer.
import { z } from 'zod';

export const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
export const line = (max: number) => text(max).regex(/^[^\r\n]*$/, 'must be a single line');
export const tags = (maxItems: number, maxLength: number) =>
  z.array(line(maxLength).min(1, 'must not be empty')).max(maxItems, `at most ${maxItems} entries`);
export const optionalPhone = z.union([z.literal(''), z.string().trim().regex(/^[+()\d .-]{7,25}$/, 'must be a phone number')]);
export const optionalEmail = z.union([z.literal(''), z.email('must be an email address').max(200)]);
/** A calendar day, YYYY-MM-DD. */
export const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');
