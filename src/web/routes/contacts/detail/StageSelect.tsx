// Where this relationship stands; a change is saved at once.
import { NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Contact } from '../../../../contracts/contacts.ts';
import { stages, type Stage } from '../../../../contracts/pipeline.ts';
import { useUpdateContact } from '../../../api/contacts.ts';
import { messageOf } from '../../../api/http.ts';

export function StageSelect({ contact }: { contact: Contact }) {
  const update = useUpdateContact(contact.id);
  return (
    <NativeSelect
      label="Stage"
      w={180}
      value={update.isPending && update.variables.stage ? update.variables.stage : contact.stage}
      disabled={update.isPending}
      data={Object.entries(stages).map(([value, label]) => ({ value, label }))}
      onChange={(event) => {
        const stage = event.currentTarget.value as Stage;
        update.mutate(
          { stage },
          {
            onSuccess: () => notifications.show({ color: 'sage', message: `Moved to ${stages[stage]}.` }),
            onError: (error) =>
              notifications.show({ color: 'red', title: 'The stage was not changed', message: messageOf(error) }),
          },
        );
      }}
    />
  );
}
