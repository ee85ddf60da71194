// Calling off a trade that is not closed yet: either side may, with a reason the other will read.
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Trade } from '../../api/trades.ts';
import { useTransition } from './use-transition.ts';

export function CancelTrade({ trade }: { trade: Trade }) {
  const { run, pending } = useTransition(trade.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (!open)
    return (
      <Group>
        <Button variant="subtle" color="red" onClick={() => setOpen(true)}>
          Cancel trade…
        </Button>
      </Group>
    );
  const onCancel = () => {
    if (!reason.trim()) return setError('Please say why, for your partner');
    run({ to: 'cancelled', reason }, 'Trade cancelled.', () => setOpen(false));
  };
  return (
    <Stack gap="xs" maw={480}>
      <TextInput
        label="Reason for cancelling"
        required
        value={reason}
        error={error}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setError(null);
        }}
      />
      <Group>
        <Button color="red" loading={pending} onClick={onCancel}>
          Cancel trade
        </Button>
        <Button variant="subtle" onClick={() => setOpen(false)}>
          Keep it
        </Button>
      </Group>
    </Stack>
  );
}
