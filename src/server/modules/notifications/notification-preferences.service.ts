// Email preferences per category (instant | batched | off, batched by default) and the weekly
// digest switch. Unsubscribing is the same as turning everything off.
import {
  notificationCategories,
  type NotificationPreferences,
  type NotificationPreferencesUpdate,
} from '../../../contracts/notifications.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { notificationPreferencesRepository, type StoredPreferences } from './notification-preferences.repository.ts';

export const defaultEmailMode = 'batched';

export function withDefaults(stored: StoredPreferences | null): NotificationPreferences {
  const email = Object.fromEntries(
    notificationCategories.map((category) => [category, stored?.email[category] ?? defaultEmailMode]),
  ) as NotificationPreferences['email'];
  return { email, weeklyDigest: stored?.weeklyDigest ?? true };
}

export function notificationPreferencesService(context: AppContext, _deps: Record<string, never> = {}) {
  const repo = notificationPreferencesRepository(context.db);
  return {
    get: async (actor: Pick<Actor, 'userId'>) => withDefaults(await repo.find(actor.userId)),
    forMember: async (userId: string) => withDefaults(await repo.find(userId)),

    async update(actor: Pick<Actor, 'userId'>, change: NotificationPreferencesUpdate) {
      await repo.upsert(actor.userId, { email: change.email, weeklyDigest: change.weeklyDigest });
      return withDefaults(await repo.find(actor.userId));
    },

    /** Everything off: every category's email and the weekly digest. */
    async unsubscribeAll(userId: string) {
      const off = Object.fromEntries(notificationCategories.map((category) => [category, 'off' as const]));
      await repo.upsert(userId, { email: off, weeklyDigest: false });
    },
  };
}
export type NotificationPreferencesService = ReturnType<typeof notificationPreferencesService>;
