// The thread's options button. The menu behind it (block, report) is loaded when the member first
// presses it, and opens at once; until then the page carries no menu code.
import { ActionIcon } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { Conversation } from '../../api/messages.ts';

const ThreadMenuLoaded = lazy(async () => ({ default: (await import('./ThreadMenuLoaded.tsx')).ThreadMenuLoaded }));

export function ThreadMenu({ conversation }: { conversation: Conversation }) {
  const [wanted, setWanted] = useState(false);
  const button = (loading: boolean) => (
    <ActionIcon
      variant="default"
      size="lg"
      aria-label="Conversation options"
      aria-haspopup="menu"
      loading={loading}
      onClick={() => setWanted(true)}
    >
      ⋯
    </ActionIcon>
  );
  if (!wanted) return button(false);
  return (
    <Suspense fallback={button(true)}>
      <ThreadMenuLoaded conversation={conversation} />
    </Suspense>
  );
}
