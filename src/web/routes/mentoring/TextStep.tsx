// One step that carries a few words: decline (an optional kind note), end and feedback.
import { Button, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/http.ts';
import { useMentorshipStep } from '../../api/mentorship.ts';

type Props = { id: string; step: string; field: string; label: string; submit: string; optional?: boolean };

export function TextStep({ id, step, field, label, submit, optional = false }: Props) {
  const write = useMentorshipStep(id);
  const [text, setText] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate(
      { step, body: text || !optional ? { [field]: text } : {} },
      {
        onSuccess: () => {
          setText('');
          notifications.show({ color: 'sage', message: 'Done.' });
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Could not save', message: messageOf(error) }),
      },
    );
  };
  return (
    <Stack component="form" onSubmit={onSubmit} gap="xs" aria-label={submit}>
      <Textarea
        label={label}
        required={!optional}
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Button
        type="submit"
        variant={optional ? 'default' : 'filled'}
        loading={write.isPending}
        style={{ alignSelf: 'flex-start' }}
      >
        {submit}
      </Button>
    </Stack>
  );
}
