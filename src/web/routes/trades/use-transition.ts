// One trade's transitions with the answer the person needs: a short confirmation, or why not.
// mutateAsync rather than mutate's callbacks: a transition often unmounts the button that started it
// (an accepted trade has no answer panel), and mutate's callbacks do not run after an unmount.
import { notifications } from '@mantine/notifications';
import { messageOf } from '../../api/http.ts';
import { useTradeTransition, type TradeTransition } from '../../api/trades.ts';

export function useTransition(tradeId: string) {
  const transition = useTradeTransition(tradeId);
  const run = (body: TradeTransition, done: string, after?: () => void) =>
    void transition.mutateAsync(body).then(
      () => {
        notifications.show({ color: 'sage', message: done });
        after?.();
      },
      (error: unknown) => notifications.show({ color: 'red', title: 'That did not work', message: messageOf(error) }),
    );
  return { run, pending: transition.isPending };
}
