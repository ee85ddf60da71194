// While a thread is on screen its messages count as read: once on opening, again for each message
// from someone else that arrives, and when the tab comes back into view.
import { useEffect } from 'react';
import { setOpenConversation, useMarkRead } from '../../api/messages.ts';
import { useRealtime } from '../../api/realtime.ts';

export function useReadWhileOpen(id: string) {
  const { mutate: markRead } = useMarkRead(id);

  useEffect(() => {
    const visible = () => document.visibilityState === 'visible';
    setOpenConversation(visible() ? id : null);
    markRead();
    const onChange = () => {
      // A hidden tab is not reading: new messages there count as unread until it is seen again.
      setOpenConversation(visible() ? id : null);
      if (visible()) markRead();
    };
    document.addEventListener('visibilitychange', onChange);
    return () => {
      document.removeEventListener('visibilitychange', onChange);
      setOpenConversation(null);
    };
  }, [id, markRead]);

  useRealtime('message.created', (event) => {
    if (event.message.conversationId === id && !event.message.mine && document.visibilityState === 'visible')
      markRead();
  });
}
