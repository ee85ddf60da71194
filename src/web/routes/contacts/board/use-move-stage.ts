// Moving a card between stages: the board changes at once; if the server refuses, the card goes
// back where it was and a notification says why.
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Contact, ContactList } from '../../../../contracts/contacts.ts';
import type { Stage } from '../../../../contracts/pipeline.ts';
import { patchStage } from '../../../api/contacts.ts';
import { messageOf } from '../../../api/http.ts';
import { queryKeys } from '../../../api/query-keys.ts';

type Move = { contact: Contact; stage: Stage };

function moved(list: ContactList, { contact, stage }: Move): ContactList {
  if (!list.items.some((item) => item.id === contact.id)) return list;
  const byStage = {
    ...list.byStage,
    [contact.stage]: Math.max(0, (list.byStage[contact.stage] ?? 1) - 1),
    [stage]: (list.byStage[stage] ?? 0) + 1,
  };
  return { ...list, byStage, items: list.items.map((item) => (item.id === contact.id ? { ...item, stage } : item)) };
}

export function useMoveStage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ contact, stage }: Move) => patchStage(contact.id, stage),
    onMutate: async (move) => {
      await client.cancelQueries({ queryKey: queryKeys.contacts.list() });
      const before = client.getQueriesData<ContactList>({ queryKey: queryKeys.contacts.list() });
      client.setQueriesData<ContactList>({ queryKey: queryKeys.contacts.list() }, (list) => list && moved(list, move));
      return { before };
    },
    onError: (error, { contact }, context) => {
      for (const [key, list] of context?.before ?? []) client.setQueryData(key, list);
      notifications.show({ color: 'red', title: `${contact.name} was not moved`, message: messageOf(error) });
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.contacts.all }),
  });
}
