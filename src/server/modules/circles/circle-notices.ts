// Tells people what happened in a circle, on the change's own transaction (the change and its
// notice commit together). A notice names who acted, never the circle: its name and description
// are an organizer's words, which stay behind sign-in on the circle's page (decisions/010).
import type { Notices, NoticeKind } from '../notifications/notifications.service.ts';

export function circleNotices(notices: Notices) {
  const subjectOf = (circleId: string) => ({ type: 'circle', id: circleId }) as const;
  return {
    /** Tells each of `userIds`; the key makes a retried request tell once per change. */
    async tell(actor: { name: string }, userIds: string[], circleId: string, kind: NoticeKind, changeKey: string) {
      for (const userId of userIds)
        await notices.notify({
          userId,
          kind,
          actor: actor.name,
          subject: subjectOf(circleId),
          dedupeKey: `${kind}:${circleId}:${changeKey}`,
        });
    },
    /** The member who acted has dealt with what they were told about this circle. */
    actedOn: (userId: string, circleId: string) => notices.actedOn(userId, subjectOf(circleId)),
  };
}
