// My answer to a proposal or counter: accept, decline (with an optional reason), or counter with
// other terms (then it is their turn).
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTradeTransition, type Trade, type TradeTransition } from '../../api/trades.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { TermsFields } from './TermsFields.tsx';
import { fieldOf, initialTerms, termsCheck, toTerms } from './trade-form.ts';
import { useTransition } from './use-transition.ts';

/** Other terms, written from my side; a problem the server finds shows by its field. */
function CounterForm({ trade, onBack }: { trade: Trade; onBack: () => void }) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: initialTerms(trade),
    check: termsCheck,
    toBody: (values): TradeTransition => ({ to: 'countered', ...toTerms(values) }),
    mutation: useTradeTransition(trade.id),
    fieldOf,
    onSuccess: () => {
      notifications.show({ color: 'sage', message: `Your terms went to ${trade.partner.name}.` });
      onBack();
    },
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Counter with other terms">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Written from your side: what you would give and what you would receive.
        </Text>
        <TermsFields inputProps={(field) => form.getInputProps(field)} />
        <FormAlert message={problem} />
        <Group>
          <Button type="submit" loading={busy}>
            Send counter
          </Button>
          <Button variant="subtle" onClick={onBack}>
            Back
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function TradeAnswer({ trade }: { trade: Trade }) {
  const { run, pending } = useTransition(trade.id);
  const [mode, setMode] = useState<'choose' | 'decline' | 'counter'>('choose');
  const [reason, setReason] = useState('');

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
        {mode === 'counter' && <CounterForm trade={trade} onBack={() => setMode('choose')} />}
      </Stack>
    </Paper>
  );
}
