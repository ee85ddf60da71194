// My pledge: a quantity (raising until the deadline; lowering or withdrawing until 48 h before it,
// which the server enforces and explains).
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { usePledge, type Pool } from '../../api/pools.ts';
import { messageOf } from '../../api/http.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { formatCents, units, when } from './pool-labels.ts';

export function PledgeForm({ pool }: { pool: Pool }) {
  const [quantity, setQuantity] = useState(String(pool.myPledge?.quantity ?? ''));
  const [problem, setProblem] = useState<string | null>(null);
  const pledge = usePledge(pool.id);
  const send = (value: number) => {
    setProblem(null);
    pledge.mutate(value, {
      onSuccess: (updated) => setQuantity(String(updated.myPledge?.quantity ?? '')),
      onError: (error) => setProblem(messageOf(error)),
    });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(quantity);
    if (quantity.trim() === '' || !Number.isInteger(value) || value < 0)
      return setProblem('Quantity: enter a whole number of units');
    send(value);
  };
  return (
    <form onSubmit={onSubmit} aria-label="My pledge" noValidate>
      <Stack gap="xs">
        <Text>
          {pool.myPledge
            ? `You pledged ${units(pool.myPledge.quantity)}: ${formatCents(pool.myPledge.amount)} at today's price.`
            : 'You have not pledged yet.'}
        </Text>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label="Quantity"
            inputMode="numeric"
            value={quantity}
            onChange={(event) => setQuantity(event.currentTarget.value)}
            style={{ width: '9rem' }}
          />
          <Button type="submit" loading={pledge.isPending}>
            {pool.myPledge ? 'Change' : 'Pledge'}
          </Button>
          {pool.myPledge && (
            <Button variant="default" onClick={() => send(0)} disabled={pledge.isPending}>
              Withdraw
            </Button>
          )}
        </Group>
        <FormAlert message={problem} />
        <Text size="sm" c="dimmed">
          You can lower or withdraw your pledge until {when(pool.lowerUntil)}, and raise it until the deadline.
        </Text>
      </Stack>
    </form>
  );
}
