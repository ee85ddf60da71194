import { z } from 'zod';

/**
 * What went wrong, as a client may switch on it. The HTTP status follows from the code
 * (server/http/errors.ts). The auth routes under /api/auth/* pass Better Auth's own codes through
 * (e.g. invalid_password) for the sign-in forms.
 */
export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'forbidden_origin',
  'not_found',
  'conflict',
  'idempotency_key_reused',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * Why a 409 was refused, when a client needs more than the code: a module's own words, snake_case
 * ('not_your_turn', 'already_connected' …), listed where the module throws them.
 */
export type ConflictReason = string;

// The one error body every route answers with.
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    reason: z.string().optional(),
    details: z.unknown().optional(),
  }),
  requestId: z.string(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
