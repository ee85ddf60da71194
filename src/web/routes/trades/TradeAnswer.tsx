// My answer to a proposal or counter: accept, decline (with an optional reason), or counter with
// other terms (then it is their turn).
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type FormEvent } from 'react';
import type { Trade } from '../../api/trades.ts';
import { TermsFields } from './TermsFields.tsx';
import { initialTerms, termProblems, toTerms, type TermsValues } from './trade-form.ts';
import { useTransition } from './use-transition.ts';

export function TradeAnswer({ trade }: { trade: Trade }) {
  const { run, pending } = useTransition(trade.id);
  const [mode, setMode] = useState<'choose' | 'decline' | 'counter'>('choose');
  const [reason, setReason] = useState('');
  const form = useForm<TermsValues>({ mode: 'controlled', initialValues: initialTerms(trade) });

  const onCounter = (event: FormEvent) => {
    event.preventDefault();
    const problems = termProblems(form.getValues());
    if (problems) return form.setErrors(problems);
    run({ to: 'countered', ...toTerms(form.getValues()) }, `Your terms went to ${trade.partner.name}.`, () =>
      setMode('choose'),
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="answer-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="answer-heading">
          Your answer
        </Title>
        {mode === 'choose' && (
          <Group>
            <Button
              onClick={() => run({ to: 'accepted' }, 'Trade accepted. Now schedule the sessions.')}
              loading={pending}
            >
              Accept
            </Button>
            <Button variant="light" onClick={() => setMode('counter')}>
              Counter
            </Button>
            <Button variant="subtle" color="red" onClick={() => setMode('decline')}>
              Decline
            </Button>
          </Group>
        )}
        {mode === 'decline' && (
          <Stack gap="xs">
            <TextInput
              label="Reason (optional)"
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Group>
              <Button
                color="red"
                loading={pending}
                onClick={() => run({ to: 'declined', ...(reason.trim() ? { reason } : {}) }, 'Trade declined.')}
              >
                Decline trade
              </Button>
              <Button variant="subtle" onClick={() => setMode('choose')}>
                Back
              </Button>
            </Group>
          </Stack>
        )}
        {mode === 'counter' && (
          <form onSubmit={onCounter} noValidate aria-label="Counter with other terms">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                Written from your side: what you would give and what you would receive.
              </Text>
              <TermsFields inputProps={(field) => form.getInputProps(field)} />
              <Group>
                <Button type="submit" loading={pending}>
                  Send counter
                </Button>
                <Button variant="subtle" onClick={() => setMode('choose')}>
                  Back
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
