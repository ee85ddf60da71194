// GET /api/client-config: the few settings the browser needs, and nothing else from the config.
import { z } from 'zod';

export const clientConfigSchema = z.object({
  map: z.object({ tileUrl: z.string(), attribution: z.string() }),
  /** Minutes without activity before a page showing clinical data signs its reader out. */
  clinicalIdleMinutes: z.number().int(),
});
export type ClientConfig = z.infer<typeof clientConfigSchema>;
