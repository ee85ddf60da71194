// The real-time hub is owned by the messages module and may be absent (tests, or before it lands):
// everything here reaches it through this one optional lookup.
import type { AppContext } from '../../context.ts';

export type NotificationHub = {
  publish: (userIds: string[], event: unknown) => unknown;
  isOnline: (userId: string) => boolean | Promise<boolean>;
};

export function hubOf(context: AppContext): NotificationHub | undefined {
  if (!('realtime' in context)) return undefined;
  const hub = (context as { realtime?: unknown }).realtime;
  return hub && typeof hub === 'object' && 'publish' in hub && 'isOnline' in hub ? (hub as NotificationHub) : undefined;
}

/** Online means a live connection right now; without a hub nobody is, so email decides. */
export async function isOnline(hub: NotificationHub | undefined, userId: string) {
  if (!hub) return false;
  try {
    return await hub.isOnline(userId);
  } catch {
    return false;
  }
}
