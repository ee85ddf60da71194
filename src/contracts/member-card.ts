// The one shape every module shows a member in (a card): where to open them, their name, their
// profession. The server builds it once (profiles' memberCards); lists, pickers and notices reuse it.
import { z } from 'zod';

export const memberCardSchema = z.object({ slug: z.string(), displayName: z.string(), profession: z.string() });
export type MemberCard = z.infer<typeof memberCardSchema>;
