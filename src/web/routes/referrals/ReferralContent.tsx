// What the referral says: the reasons (clinical and for the client), what the referrer did and
// observed, and the outcome reply once there is one.
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { Referral } from '../../api/referrals.ts';
import { formatMoment } from '../../components/dates.ts';
import { okToResumeLabels } from './referral-labels.ts';

function Part({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" className="pre-line">
        {text}
      </Text>
    </Stack>
  );
}

export function ReferralContent({ referral }: { referral: Referral }) {
  const { outcome } = referral;
  return (
    <Stack gap="md">
      <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="reasons-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="reasons-title">
            Why
          </Title>
          {referral.packet.state === 'deleted' && (
            <Text size="sm">
              The client’s record was deleted, so the reasons, observations and notes are no longer shown.
            </Text>
          )}
          {referral.side === 'recipient' && referral.packet.state === 'withdrawn' && (
            <Text size="sm">
              The client withdrew their consent, so the reasons, observations and notes about them are no longer shown.
            </Text>
          )}
          <Part label="Reason (clinical)" text={referral.reasonClinical} />
          <Part label="In plain words, for the client" text={referral.reasonPlain} />
          <Part label="What I did" text={referral.whatIDid} />
          <Part label="What I observed" text={referral.observations} />
          {referral.appointmentAt && <Part label="Appointment" text={formatMoment(referral.appointmentAt)} />}
        </Stack>
      </Paper>
      {outcome && (
        <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="outcome-title" bg="sage.0">
          <Stack gap="sm">
            <Title order={2} size="h4" id="outcome-title">
              Outcome
            </Title>
            <Part label="Findings" text={outcome.findings} />
            <Part label="Recommendations" text={outcome.recommendations} />
            {outcome.okToResumeMassage && (
              <Part label="OK to resume massage?" text={okToResumeLabels[outcome.okToResumeMassage]} />
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
