// GET /api/client-config: the few settings the browser needs, and nothing else from the config.
import { z } from 'zod';

export const clientConfigSchema = z.object({
  map: z.object({ tileUrl: z.string(), attribution: z.string() }),
});
export type ClientConfig = z.infer<typeof clientConfigSchema>;
