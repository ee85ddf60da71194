// Field rules shared by every form and API body, so a phone number or a single line means the
// same thing in a profile, a contact and an offer.
import { z } from 'zod';

// No form can type NUL or other control characters, and PostgreSQL cannot store NUL; tab, line
// feed and carriage return stay for multi-line text (a single line refuses the last two).
// eslint-disable-next-line no-control-regex
const noControl = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .regex(noControl, 'must not contain control characters');
export const line = (max: number) => text(max).regex(/^[^\r\n]*$/, 'must be a single line');
/** A person's name as others read it: a profile's display name and the account's name alike. */
export const personName = line(120).min(2, 'must be at least 2 characters');
export const tags = (maxItems: number, maxLength: number) =>
  z.array(line(maxLength).min(1, 'must not be empty')).max(maxItems, `must be at most ${maxItems} entries`);
export const optionalPhone = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .regex(/^[+()\d .-]{7,25}$/, 'must be a phone number'),
]);
export const optionalEmail = z.union([z.literal(''), z.email('must be an email address').max(200)]);
// Years a person means: a typo such as 0202 or 20255 is refused rather than stored (or, for year
// 0000, failing in the database).
const firstYear = 1900;
const lastYear = 2999;
const yearsMessage = `must be in the years ${firstYear} to ${lastYear}`;
function inPlausibleYears(value: string) {
  const year = Number(value.slice(0, 4));
  return year >= firstYear && year <= lastYear;
}
/** A calendar day, YYYY-MM-DD. */
export const isoDate = z.iso.date('must be a date (YYYY-MM-DD)').refine(inPlausibleYears, yearsMessage);
/** An ISO 8601 date and time with its offset, in the same years (year 0000 is no year PostgreSQL stores). */
export const isoDateTime = (message = 'must be a date and time (ISO 8601)') =>
  z.iso.datetime({ offset: true, error: message }).refine(inPlausibleYears, yearsMessage);
