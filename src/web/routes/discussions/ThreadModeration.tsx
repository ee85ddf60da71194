// The organizers' actions on a thread: pin, lock and hide (and undo each).
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ThreadModeration as Changes } from '../../../contracts/discussions.ts';
import { messageOf } from '../../api/http.ts';
import { useModerateThread, type ThreadSummary } from '../../api/discussions.ts';

export function ThreadModeration({ thread }: { thread: ThreadSummary }) {
  const moderate = useModerateThread(thread.id);
  const act = (changes: Changes) =>
    moderate.mutate(changes, { onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }) });
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label="Organizer actions">
      <Button size="xs" variant="default" onClick={() => act({ pinned: !thread.pinned })}>
        {thread.pinned ? 'Unpin' : 'Pin'}
      </Button>
      <Button size="xs" variant="default" onClick={() => act({ locked: !thread.locked })}>
        {thread.locked ? 'Unlock' : 'Lock'}
      </Button>
      <Button size="xs" variant="default" color="red" onClick={() => act({ hidden: !thread.hidden })}>
        {thread.hidden ? 'Show thread' : 'Hide thread'}
      </Button>
    </Group>
  );
}
