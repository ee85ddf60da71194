// The client's progress (pain NPRS and each goal, named in the client's words, before and after, per signed session) and alliance
// trend (goal, task, bond per check-in) with the drop alert: each as an inline SVG chart and the same
// figures as a table. "Send a check-in" sends Kneadwork's check-in now.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { messageOf } from '../../../api/http.ts';
import { useGoals } from '../../../api/intake.ts';
import { useAlliance, useProgress, useSendCheckIn, type Alliance, type Progress } from '../../../api/sessions.ts';
import { formatDay } from '../../../components/dates.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { FigureTable, LineChart, type ChartSeries } from './LineChart.tsx';

const shortDay = (day: string) => day.slice(5);
const subscaleLabel = { goal: 'Goal', task: 'Task', bond: 'Bond' } as const;

function ProgressSeries({ series, name }: { series: Progress['series'][number]; name: string }) {
  if (series.points.length === 0) return null;
  const isPain = series.kind === 'pain';
  const labels = series.points.map((point) => shortDay(point.date));
  const lines: ChartSeries[] = [
    { label: 'Before', color: '#c2410c', values: series.points.map((point) => point.before), dashed: true },
    { label: 'After', color: '#15803d', values: series.points.map((point) => point.after) },
  ];
  const values = lines.flatMap((line) => line.values).filter((value): value is number => value !== null);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {name}
      </Text>
      <LineChart
        title={`${name} before and after each session`}
        labels={labels}
        series={lines}
        min={0}
        max={isPain ? 10 : Math.max(10, ...values)}
      />
      <FigureTable
        caption={`${name}: figures`}
        labels={series.points.map((point) => formatDay(point.date))}
        series={lines}
      />
    </Stack>
  );
}

function AllianceTrend({ clientId, alliance }: { clientId: string; alliance: Alliance }) {
  const send = useSendCheckIn(clientId);
  const labels = alliance.points.map((point) => formatDay(point.date.slice(0, 10)));
  const lines: ChartSeries[] = [
    { label: 'Goal', color: '#1d4ed8', values: alliance.points.map((point) => point.goal) },
    { label: 'Task', color: '#15803d', values: alliance.points.map((point) => point.task) },
    { label: 'Bond', color: '#be185d', values: alliance.points.map((point) => point.bond) },
  ];
  const waiting = alliance.checkIns.filter((each) => !each.answeredAt).length;
  const feedback = alliance.feedback.filter((each) => each.answeredAt);
  return (
    <Stack gap="xs" component="section" aria-labelledby="alliance-title">
      <Group justify="space-between">
        <Title order={3} size="h5" id="alliance-title">
          Alliance check-ins
        </Title>
        <Button
          size="xs"
          variant="light"
          loading={send.isPending}
          onClick={() =>
            send.mutate('kneadwork-massage-alliance', {
              onSuccess: () => notifications.show({ color: 'sage', message: 'Check-in sent.' }),
              onError: (error) => notifications.show({ color: 'red', title: 'Not sent', message: messageOf(error) }),
            })
          }
        >
          Send check-in
        </Button>
      </Group>
      {alliance.alert && (
        <Alert color="orange" title="The alliance dropped">
          {alliance.alert.subscales.map((key) => subscaleLabel[key]).join(', ')} fell from this client’s own baseline
          (the mean of their first two check-ins). A good moment to ask how the sessions are going.
        </Alert>
      )}
      {waiting > 0 && (
        <Text size="xs" c="dimmed">
          {waiting} check-in{waiting === 1 ? '' : 's'} waiting for the client.
        </Text>
      )}
      {alliance.points.length === 0 ? (
        <Text size="sm" c="dimmed">
          No check-in answered yet.
        </Text>
      ) : (
        <>
          <LineChart
            title="Alliance per check-in: goal, task and bond (1–5)"
            labels={labels.map((label) => label)}
            series={lines}
            min={1}
            max={5}
          />
          <FigureTable
            caption="Alliance: figures (mean per item)"
            labels={labels}
            series={[...lines, { label: 'Total', color: '', values: alliance.points.map((point) => point.total) }]}
          />
        </>
      )}
      {feedback.length > 0 && (
        <Stack gap={4} component="section" aria-label="Session feedback">
          <Text size="sm" fw={600}>
            Session feedback
          </Text>
          {feedback.map((each) => (
            <Text key={each.id} size="sm">
              {formatDay(each.answeredAt!.slice(0, 10))}: comfort {each.scores?.comfort}, pressure{' '}
              {each.scores?.pressure}, communication {each.scores?.communication}
              {each.comment ? ` — “${each.comment}”` : ''}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function SessionCharts({ clientId }: { clientId: string }) {
  const progress = useProgress(clientId);
  const alliance = useAlliance(clientId);
  const goals = useGoals(clientId);
  const wordsOf = new Map(goals.data?.map((goal) => [goal.id, goal.words]));
  let goal = 0;
  const nameOf = (series: Progress['series'][number]) => {
    if (series.kind === 'pain') return 'Pain (0–10)';
    goal += 1;
    return (series.goalId && wordsOf.get(series.goalId)) || `Goal ${goal}`;
  };
  return (
    <Stack gap="md">
      <Stack gap="xs" component="section" aria-labelledby="progress-title">
        <Title order={3} size="h5" id="progress-title">
          Progress
        </Title>
        {progress.isError && <LoadError error={progress.error} retry={() => void progress.refetch()} />}
        {progress.data && progress.data.series.every((series) => series.points.length === 0) && (
          <Text size="sm" c="dimmed">
            Measures from signed sessions show here.
          </Text>
        )}
        {progress.data?.series.map((series) => (
          <ProgressSeries key={series.key} series={series} name={nameOf(series)} />
        ))}
      </Stack>
      {alliance.isError && <LoadError error={alliance.error} retry={() => void alliance.refetch()} />}
      {alliance.data && <AllianceTrend clientId={clientId} alliance={alliance.data} />}
    </Stack>
  );
}
