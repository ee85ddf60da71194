// The admin role: granted and revoked only from the command line (admin.command.ts), checked on
// every admin route. A caller who is not an admin — a member, or nobody signed in — gets exactly
// the 404 a path that does not exist gets, so the admin area's existence never shows.
import type { MemberActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import { invalid, notFound } from '../../http/errors.ts';
import { moderationRepository } from './moderation.repository.ts';

/** The app's not-found words for an unknown path (http/errors.ts): an admin route says the same to others. */
export const noSuchPage = 'Not found';

export function adminsService(context: Pick<AppContext, 'db'>, _deps: Record<string, never> = {}) {
  const repo = moderationRepository(context.db);
  const accountOf = async (email: string) => {
    const userId = await repo.userIdByEmail(email);
    if (!userId) throw invalid('email', 'is not the address of any account');
    return userId;
  };
  return {
    isAdmin: async (actor: Pick<MemberActor, 'userId'> | null) => !!actor && repo.isAdmin(actor.userId),
    /** The admin, or the unknown path's 404 for anyone else (signed in or not). */
    async requireAdmin(actor: MemberActor | null): Promise<MemberActor> {
      if (!actor || !(await repo.isAdmin(actor.userId))) throw notFound(noSuchPage);
      return actor;
    },
    /** true when the role was new. */
    grant: async (email: string) => repo.grant(await accountOf(email)),
    /** true when the member was an admin. */
    revoke: async (email: string) => repo.revoke(await accountOf(email)),
    list: async () =>
      (await repo.listAdmins()).map((row) => ({
        email: row.email,
        name: row.name,
        grantedAt: row.grantedAt.toISOString(),
      })),
  };
}
export type AdminsService = ReturnType<typeof adminsService>;
