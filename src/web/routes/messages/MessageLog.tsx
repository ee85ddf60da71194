// The thread as a log: oldest at the top, newest at the bottom, older pages on request. It follows
// new messages to the bottom unless the reader has scrolled up to read history.
import { Button, Center, Stack, Text } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';
import type { Conversation } from '../../api/messages.ts';
import { useMessages } from '../../api/messages.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { MessageItem } from './MessageItem.tsx';

export function MessageLog({ conversation }: { conversation: Conversation }) {
  const pages = useMessages(conversation.id);
  const box = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const heightBeforeOlder = useRef<number | null>(null);
  // Pages and their items are newest first; the log reads oldest first.
  const messages = (pages.data?.pages ?? []).flatMap((page) => page.items).reverse();
  const newest = messages.at(-1)?.id;

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    if (heightBeforeOlder.current !== null) {
      // Older messages were added above: keep the one the reader was looking at in place.
      element.scrollTop += element.scrollHeight - heightBeforeOlder.current;
      heightBeforeOlder.current = null;
    } else if (atBottom.current || messages.at(-1)?.mine) element.scrollTop = element.scrollHeight;
  }, [messages.length, newest]);

  if (pages.isError) return <LoadError error={pages.error} retry={() => void pages.refetch()} />;
  if (!pages.data) return <PageLoader />;

  // An image takes its height only once loaded: stay at the bottom if the reader was there.
  const keepAtBottom = () => {
    if (atBottom.current && box.current) box.current.scrollTop = box.current.scrollHeight;
  };

  const loadOlder = () => {
    heightBeforeOlder.current = box.current?.scrollHeight ?? null;
    void pages.fetchNextPage();
  };

  return (
    <div
      ref={box}
      style={{ maxHeight: 'min(60vh, 640px)', minHeight: 240, overflowY: 'auto', padding: 4 }}
      onScroll={(event) => {
        const element = event.currentTarget;
        atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 80;
      }}
    >
      {pages.hasNextPage && (
        <Center py="xs">
          <Button variant="subtle" size="compact-sm" onClick={loadOlder} loading={pages.isFetchingNextPage}>
            Load older messages
          </Button>
        </Center>
      )}
      {messages.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          No messages yet. Say hello below.
        </Text>
      )}
      <Stack
        component="ol"
        role="log"
        aria-live="polite"
        aria-relevant="additions"
        aria-label="Messages"
        gap="xs"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {messages.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            showSender={conversation.kind === 'group'}
            onImageLoad={keepAtBottom}
          />
        ))}
      </Stack>
    </div>
  );
}
