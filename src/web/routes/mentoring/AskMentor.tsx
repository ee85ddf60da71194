// The request to a suggested mentor: a short message, sent once.
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useNavigate } from '../../app/routing.tsx';
import { messageOf } from '../../api/http.ts';
import { useRequestMentor } from '../../api/mentorship.ts';

export function AskMentor({ slug, name, onCancel }: { slug: string; name: string; onCancel: () => void }) {
  const ask = useRequestMentor();
  const navigate = useNavigate();
  const [message, setMessage] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate(
      { mentorSlug: slug, message },
      {
        onSuccess: (mentorship) => {
          notifications.show({ color: 'sage', message: `Request sent to ${name}.` });
          void navigate(`/mentoring/${mentorship.id}`);
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Could not send', message: messageOf(error) }),
      },
    );
  };
  return (
    <Stack component="form" onSubmit={onSubmit} gap="xs" aria-label={`Ask ${name}`}>
      <Textarea
        label={`Message to ${name}`}
        required
        autosize
        minRows={2}
        value={message}
        onChange={(event) => setMessage(event.currentTarget.value)}
      />
      <Group>
        <Button type="submit" loading={ask.isPending}>
          Send request
        </Button>
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
