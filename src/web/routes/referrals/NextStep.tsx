// The steps this member may take next, as the server allows them (allowedTransitions). Steps that
// need words open their form; accept and "seen" happen at once.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import type { ReferralTransitionTarget } from '../../../contracts/referrals.ts';
import { messageOf } from '../../api/http.ts';
import { useTransition, type Referral } from '../../api/referrals.ts';
import { PageLoader } from '../../components/PageLoader.tsx';

// The step form (with the form code and the contract's schema) loads when a step that needs words is chosen.
const StepForm = lazy(async () => ({ default: (await import('./StepForm.tsx')).StepForm }));

const buttonWords: Record<ReferralTransitionTarget, string> = {
  accepted: 'Accept',
  declined: 'Decline…',
  scheduled: 'Appointment made…',
  seen: 'Mark seen',
  replied: 'Reply with findings…',
  returned: 'Mark client returned…',
};
const immediate: ReferralTransitionTarget[] = ['accepted', 'seen'];

function waitingFor(referral: Referral): string {
  if (referral.status === 'declined' || referral.status === 'returned') return 'This referral is closed.';
  const theirs = referral.side === 'referrer' ? referral.to.name : referral.from.name;
  if (referral.status === 'replied') return `Waiting for ${theirs} to welcome the client back.`;
  return `Waiting for ${theirs}.`;
}

export function NextStep({ referral }: { referral: Referral }) {
  const transition = useTransition(referral.id);
  const [open, setOpen] = useState<ReferralTransitionTarget | null>(null);
  const allowed = referral.allowedTransitions;
  const onClick = (to: ReferralTransitionTarget) => {
    if (!immediate.includes(to)) return setOpen(to);
    transition.mutate(
      { to },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: 'The referral was not changed', message: messageOf(error) }),
      },
    );
  };
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="next-step-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="next-step-title">
          Next step
        </Title>
        {allowed.length === 0 ? (
          <Text size="sm" c="dimmed">
            {waitingFor(referral)}
          </Text>
        ) : open ? (
          <Suspense fallback={<PageLoader />}>
            <StepForm referralId={referral.id} to={open} onDone={() => setOpen(null)} />
          </Suspense>
        ) : (
          <Group gap="xs">
            {allowed.map((to) => (
              <Button
                key={to}
                variant={to === 'declined' ? 'default' : 'filled'}
                loading={transition.isPending && transition.variables.to === to}
                onClick={() => onClick(to)}
              >
                {buttonWords[to]}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
