// The form behind a step that needs words: decline (why), appointment made (when), the outcome
// reply (findings, recommendations, "OK to resume massage?"), or a note with the client's return.
import { Button, Group, Paper, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReferralTransitionTarget } from '../../../contracts/referrals.ts';
import { useTransition } from '../../api/referrals.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useServerForm } from '../../components/use-server-form.ts';
import { okToResumeLabels, statusLooks } from './referral-labels.ts';
import { emptyStep, problemsIn, toTransition, type StepValues } from './transition-form.ts';

const submitWords: Partial<Record<ReferralTransitionTarget, string>> = {
  declined: 'Decline referral',
  scheduled: 'Save appointment',
  replied: 'Send outcome reply',
  returned: 'Mark client returned',
};

type Props = { referralId: string; to: ReferralTransitionTarget; onDone: () => void };

export function StepForm({ referralId, to, onDone }: Props) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: emptyStep,
    validate: (values: StepValues) => problemsIn(to, values),
    toBody: (values: StepValues) => toTransition(to, values),
    mutation: useTransition(referralId),
    onSuccess: () => {
      notifications.show({ color: 'sage', message: `Marked: ${statusLooks[to].label.toLowerCase()}.` });
      onDone();
    },
  });
  return (
    <Paper
      component="form"
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      withBorder
      radius="md"
      p="md"
      aria-label={submitWords[to] ?? statusLooks[to].label}
    >
      <Stack gap="sm">
        {to === 'declined' && (
          <Textarea
            label="Why you decline"
            description="The referrer sees this, so they can refer elsewhere."
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('reason')}
          />
        )}
        {to === 'scheduled' && (
          <TextInput
            type="datetime-local"
            label="Appointment time"
            description="When the client is booked"
            required
            {...form.getInputProps('appointmentAt')}
          />
        )}
        {to === 'replied' && (
          <>
            <Textarea label="Findings" required autosize minRows={3} {...form.getInputProps('findings')} />
            <Textarea label="Recommendations" autosize minRows={2} {...form.getInputProps('recommendations')} />
            <Radio.Group label="OK to resume massage?" required {...form.getInputProps('okToResumeMassage')}>
              <Stack gap={6} mt={6}>
                {(Object.keys(okToResumeLabels) as (keyof typeof okToResumeLabels)[]).map((value) => (
                  <Radio key={value} value={value} label={okToResumeLabels[value]} />
                ))}
              </Stack>
            </Radio.Group>
          </>
        )}
        {(to === 'scheduled' || to === 'returned') && (
          <Textarea label="Note" description="Optional" autosize minRows={1} {...form.getInputProps('note')} />
        )}
        <FormAlert message={problem} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} color={to === 'declined' ? 'red' : undefined}>
            {submitWords[to] ?? statusLooks[to].label}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
