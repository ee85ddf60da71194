// What an organizer did to a thread, in words beside its title.
import { Badge } from '@mantine/core';
import type { ThreadSummary } from '../../api/discussions.ts';

export function ThreadBadges({ thread }: { thread: Pick<ThreadSummary, 'pinned' | 'locked' | 'hidden'> }) {
  return (
    <>
      {thread.pinned && <Badge variant="light">Pinned</Badge>}
      {thread.locked && (
        <Badge variant="light" color="gray">
          Locked
        </Badge>
      )}
      {thread.hidden && (
        <Badge variant="light" color="red">
          Hidden
        </Badge>
      )}
    </>
  );
}
