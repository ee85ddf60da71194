import { z } from 'zod';

// The one error body every route answers with.
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  requestId: z.string(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
