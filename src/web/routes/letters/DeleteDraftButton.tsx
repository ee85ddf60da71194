// Throwing a draft away, after a second click to be sure.
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from '../../app/routing.tsx';
import { messageOf } from '../../api/http.ts';
import { useDeleteLetter } from '../../api/letters.ts';

export function DeleteDraftButton({ letterId }: { letterId: string }) {
  const remove = useDeleteLetter();
  const navigate = useNavigate();
  const [sure, setSure] = useState(false);
  const onClick = () => {
    if (!sure) return setSure(true);
    remove.mutate(letterId, {
      onSuccess: () => {
        notifications.show({ message: 'The draft is deleted.' });
        void navigate('/letters');
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Could not delete the draft', message: messageOf(error) }),
    });
  };
  return (
    <Button variant="subtle" color="red" onClick={onClick} onBlur={() => setSure(false)} loading={remove.isPending}>
      {sure ? 'Click again to delete' : 'Delete draft'}
    </Button>
  );
}
