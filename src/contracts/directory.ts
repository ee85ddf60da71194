// GET /api/directory: the query the list, the map and the server-rendered /directory share.
import { z } from 'zod';
import { awayBannerSchema } from './cover.ts';
import { keysOf, modalities, professions, specialties } from './taxonomy.ts';
import { postalCodePattern } from './profile.ts';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export type DistanceUnit = 'mi' | 'km';
/** The one rule for distances people read: miles in the United States, kilometres elsewhere. */
export const distanceUnitFor = (country: string): DistanceUnit => (country === 'US' ? 'mi' : 'km');

export const directoryQuerySchema = z
  .object({
    q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
    profession: z.enum(keysOf(professions)).optional(),
    specialty: z.enum(keysOf(specialties)).optional(),
    modality: z.enum(keysOf(modalities)).optional(),
    acceptingReferrals: flag.optional(),
    near: z.string().trim().regex(postalCodePattern, 'must be a US ZIP or Canadian postal code').optional(),
    radius: z.coerce.number().positive('must be positive').max(500, 'must be at most 500').optional(),
    unit: z.enum(['mi', 'km']).default('mi'),
    sort: z.enum(['distance', 'relevance']).optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

export const directoryItemSchema = z.object({
  slug: z.string(),
  displayName: z.string(),
  profession: z.string(),
  practiceName: z.string(),
  city: z.string(),
  region: z.string(),
  country: z.string(),
  specialties: z.array(z.string()),
  modalities: z.array(z.string()),
  acceptingReferrals: z.boolean(),
  logoUrl: z.string().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  distance: z.number().nullable(),
  /** Present while the member is away: until when, their message, who covers. */
  away: awayBannerSchema.optional(),
});
export type DirectoryItem = z.infer<typeof directoryItemSchema>;

export const directoryResultSchema = z.object({
  items: z.array(directoryItemSchema),
  /** Matches; when totalExact is false, at least this many (a search near a place stops counting past 1,000). */
  total: z.number().int(),
  totalExact: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unit: z.enum(['mi', 'km']),
  origin: z.object({ lat: z.number(), lng: z.number(), label: z.string() }).nullable(),
});
export type DirectoryResult = z.infer<typeof directoryResultSchema>;
