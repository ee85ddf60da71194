// Goals in the client's words with their latest scores and a way to record new ones, and the
// treatment plan made together: its form, who agreed to the current version, the client's comments
// and every earlier version. Saving the plan is the therapist's agreement; the client is asked again.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useGoals, usePlan, type Goal } from '../../api/intake.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { formatDay, formatMoment } from '../../components/dates.ts';
import { Agreement, goalScores, PlanDetails } from './PlanParts.tsx';

// The forms (numbers, a select, checkboxes) load when one is opened, not with the page.
const MeasureForm = lazy(async () => ({ default: (await import('./goal-plan-forms.tsx')).MeasureForm }));
const GoalForm = lazy(async () => ({ default: (await import('./goal-plan-forms.tsx')).GoalForm }));
const PlanForm = lazy(async () => ({ default: (await import('./goal-plan-forms.tsx')).PlanForm }));

function GoalItem({ clientId, goal }: { clientId: string; goal: Goal }) {
  const [measuring, setMeasuring] = useState(false);
  return (
    <Paper withBorder radius="md" p="sm" component="li">
      <Stack gap={4}>
        <Text size="sm" fw={600} className="pre-line">
          “{goal.words}”
        </Text>
        {goal.activities.length > 0 && (
          <Text size="xs" c="dimmed">
            Activities: {goal.activities.join('; ')}
          </Text>
        )}
        <Text size="sm">{goalScores(goal)}</Text>
        {goal.measures.length > 1 && (
          <Text size="xs" c="dimmed">
            {goal.measures.length} measurements since {formatDay(goal.measures[0]!.recordedAt)}
            {goal.measures[0]!.psfs !== null ? `; PSFS first ${goal.measures[0]!.psfs}` : ''}
            {goal.measures[0]!.nprs !== null ? `; pain first ${goal.measures[0]!.nprs}` : ''}
          </Text>
        )}
        {measuring ? (
          <Suspense fallback={<PageLoader />}>
            <MeasureForm clientId={clientId} goal={goal} onDone={() => setMeasuring(false)} />
          </Suspense>
        ) : (
          <Group>
            <Button size="xs" variant="subtle" onClick={() => setMeasuring(true)}>
              Record measures
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export function ClientGoalsPlan({ clientId }: { clientId: string }) {
  const goals = useGoals(clientId);
  const plan = usePlan(clientId);
  const [addingGoal, setAddingGoal] = useState(false);
  const [editingPlan, setEditingPlan] = useState(false);
  if (goals.isError) return <LoadError error={goals.error} retry={() => void goals.refetch()} />;
  if (plan.isError) return <LoadError error={plan.error} retry={() => void plan.refetch()} />;
  if (!goals.data || !plan.data) return <PageLoader />;
  const current = plan.data.plan?.current ?? null;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="goals-plan-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="goals-plan-title">
          Goals and plan
        </Title>
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={3} size="h5">
              Goals
            </Title>
            {!addingGoal && (
              <Button size="xs" variant="light" onClick={() => setAddingGoal(true)}>
                Add goal
              </Button>
            )}
          </Group>
          {addingGoal && (
            <Suspense fallback={<PageLoader />}>
              <GoalForm clientId={clientId} onDone={() => setAddingGoal(false)} />
            </Suspense>
          )}
          {goals.data.length === 0 && !addingGoal ? (
            <Text size="sm" c="dimmed">
              No goals yet. Ask the client what they want to be able to do again, in their words.
            </Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {goals.data.map((goal) => (
                <GoalItem key={goal.id} clientId={clientId} goal={goal} />
              ))}
            </Stack>
          )}
        </Stack>
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={3} size="h5">
              Plan{current ? `, version ${current.version}` : ''}
            </Title>
            {!editingPlan && (
              <Button size="xs" variant="light" onClick={() => setEditingPlan(true)}>
                {current ? 'Change' : 'Make a plan'}
              </Button>
            )}
          </Group>
          {editingPlan ? (
            <Suspense fallback={<PageLoader />}>
              <PlanForm clientId={clientId} goals={goals.data} current={current} onDone={() => setEditingPlan(false)} />
            </Suspense>
          ) : current ? (
            <>
              <Agreement version={current} />
              <PlanDetails version={current} goals={goals.data} />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              No plan yet.
            </Text>
          )}
          {plan.data.plan && plan.data.plan.comments.length > 0 && (
            <Stack gap={4} aria-label="Comments from the client">
              <Text size="xs" fw={700} c="dimmed">
                Comments from the client
              </Text>
              {plan.data.plan.comments.map((comment) => (
                <Text key={comment.id} size="sm" className="pre-line">
                  <Text span size="xs" c="dimmed">
                    {formatMoment(comment.createdAt)} (on version {comment.version}):{' '}
                  </Text>
                  {comment.text}
                </Text>
              ))}
            </Stack>
          )}
          {plan.data.plan && plan.data.plan.versions.length > 1 && (
            <Stack gap={2}>
              <Text size="xs" fw={700} c="dimmed">
                Earlier versions
              </Text>
              {plan.data.plan.versions.slice(1).map((version) => (
                <Text key={version.version} size="xs" c="dimmed">
                  {version.version}. {formatDay(version.createdAt)}: {version.sessionsPer} a {version.per},{' '}
                  {version.durationWeeks} weeks; client {version.clientAgreedAt ? 'agreed' : 'did not agree'}
                </Text>
              ))}
            </Stack>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
