// A thank-you note to the other side, from either side, at any point of the loop.
import { Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useThank } from '../../api/referrals.ts';
import { FormAlert } from '../../components/FormAlert.tsx';

export function ThanksNote({ referralId, to }: { referralId: string; to: string }) {
  const thank = useThank(referralId);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const send = () => {
    if (!message.trim()) return setProblem('Write a few words first.');
    setProblem(null);
    thank.mutate(
      { message: message.trim() },
      {
        onSuccess: () => {
          setMessage('');
          notifications.show({ color: 'sage', message: `Your thanks are on their way to ${to}.` });
        },
        onError: (error) => setProblem(error.message),
      },
    );
  };
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="thanks-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="thanks-title">
          Say thank you to {to}
        </Title>
        <Textarea
          label="Thank-you note"
          placeholder="Thank you for seeing my client so quickly…"
          autosize
          minRows={2}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
        />
        <FormAlert message={problem} />
        <Group justify="flex-end">
          <Button variant="light" onClick={send} loading={thank.isPending}>
            Send thanks
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
