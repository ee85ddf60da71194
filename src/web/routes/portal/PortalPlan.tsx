// The client's own goals and treatment plan in the portal (phone first): the current version, who
// has agreed to it, "I agree" (to the version they read: if it changed meanwhile they are shown the
// new one), and a comment for their therapist.
import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useAgreeToPlan, useCommentOnPlan, usePortalGoals, usePortalPlan } from '../../api/intake.ts';
import { ApiError, messageOf } from '../../api/http.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { formatMoment } from '../../components/dates.ts';
import { Agreement, goalScores, PlanDetails } from '../clients/PlanParts.tsx';

function CommentForm({ clientId, planId }: { clientId: string; planId: string }) {
  const comment = useCommentOnPlan(clientId);
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    comment.mutate(
      { planId, text },
      {
        onSuccess: () => {
          setText('');
          setSent(true);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Comment on the plan">
      <Stack gap="xs">
        <Textarea
          label="A comment or question for your therapist"
          autosize
          minRows={2}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setSent(false);
          }}
          required
        />
        <FormAlert message={comment.error ? messageOf(comment.error) : null} />
        {sent && (
          <Text size="sm" c="green" role="status">
            Sent to your therapist.
          </Text>
        )}
        <Button type="submit" variant="default" loading={comment.isPending} disabled={!text.trim()}>
          Send comment
        </Button>
      </Stack>
    </form>
  );
}

export function PortalPlan({ clientId }: { clientId: string }) {
  const plan = usePortalPlan(clientId);
  const goals = usePortalGoals(clientId);
  const agree = useAgreeToPlan(clientId);
  if (plan.isError) return <LoadError error={plan.error} retry={() => void plan.refetch()} />;
  if (goals.isError) return <LoadError error={goals.error} retry={() => void goals.refetch()} />;
  if (!plan.data || !goals.data) return <PageLoader />;
  const current = plan.data.plan?.current;
  const replaced = agree.error instanceof ApiError && agree.error.status === 409;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="portal-plan-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="portal-plan-title">
          My goals and plan
        </Title>
        {goals.data.length > 0 && (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="My goals">
            {goals.data.map((goal) => (
              <Stack component="li" key={goal.id} gap={2}>
                <Text size="sm" fw={600} className="pre-line">
                  “{goal.words}”
                </Text>
                <Text size="xs" c="dimmed">
                  {goalScores(goal)}
                </Text>
              </Stack>
            ))}
          </Stack>
        )}
        {!plan.data.plan || !current ? (
          <Text size="sm" c="dimmed">
            Your therapist has not written a plan yet.
          </Text>
        ) : (
          <>
            <Title order={3} size="h5">
              The plan (version {current.version})
            </Title>
            <PlanDetails version={current} goals={goals.data} />
            <Agreement version={current} />
            {replaced && (
              <FormAlert message="Your therapist changed the plan since you opened it. Please read this version, then agree." />
            )}
            {!replaced && agree.error && <FormAlert message={messageOf(agree.error)} />}
            {current.clientAgreedAt ? (
              <Text size="sm" c="green">
                You agreed to this plan on {formatMoment(current.clientAgreedAt)}.
              </Text>
            ) : (
              <Button
                fullWidth
                loading={agree.isPending}
                onClick={() =>
                  agree.mutate(
                    { planId: plan.data.plan!.id, version: current.version },
                    { onError: () => void plan.refetch() },
                  )
                }
              >
                I agree to this plan
              </Button>
            )}
            <CommentForm clientId={clientId} planId={plan.data.plan.id} />
            {plan.data.plan.comments.length > 0 && (
              <Stack gap={4} aria-label="My comments">
                {plan.data.plan.comments.map((comment) => (
                  <Text key={comment.id} size="sm" className="pre-line">
                    <Text span size="xs" c="dimmed">
                      {formatMoment(comment.createdAt)}:{' '}
                    </Text>
                    {comment.text}
                  </Text>
                ))}
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
