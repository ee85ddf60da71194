// The client's waiting forms in the portal: the feedback form after a session and the alliance
// check-in. Phone first: each item is a radio group on the form's scale, one tap each; the whole
// form takes under a minute. `clientId` limits the list to one record; without it, all of them.
import { Button, Paper, Radio, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { messageOf } from '../../api/http.ts';
import { useAnswerCheckIn, usePortalCheckIns, type PortalCheckIn } from '../../api/sessions.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

function CheckInForm({ checkIn }: { checkIn: PortalCheckIn }) {
  const answer = useAnswerCheckIn();
  const { questionnaire } = checkIn;
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const points = Array.from(
    { length: questionnaire.scale.max - questionnaire.scale.min + 1 },
    (_, index) => questionnaire.scale.min + index,
  );
  const missing = questionnaire.items.filter((item) => answers[item.id] === undefined).length;
  const titleId = `check-in-${checkIn.id}`;
  if (done)
    return (
      <Paper withBorder radius="lg" p="md" role="status">
        <Text size="sm">Thank you — your therapist will see your answers.</Text>
      </Paper>
    );
  return (
    <Paper
      component="form"
      withBorder
      radius="lg"
      p="md"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (missing > 0) return setProblem(`Please answer every question (${missing} left).`);
        setProblem(null);
        answer.mutate(
          { id: checkIn.id, answer: { answers, comment } },
          { onSuccess: () => setDone(true), onError: (error) => setProblem(messageOf(error)) },
        );
      }}
    >
      <Stack gap="md">
        <Title order={3} size="h5" id={titleId}>
          {questionnaire.title}
        </Title>
        {questionnaire.items.map((item, index) => (
          <Radio.Group
            key={item.id}
            label={`${index + 1}. ${item.text}`}
            value={answers[item.id] === undefined ? null : String(answers[item.id])}
            onChange={(value) => setAnswers((current) => ({ ...current, [item.id]: Number(value) }))}
          >
            <Group gap="xs" mt={6} wrap="wrap">
              {points.map((point, at) => (
                <Radio
                  key={point}
                  value={String(point)}
                  label={questionnaire.scale.labels[at] ?? String(point)}
                  size="md"
                />
              ))}
            </Group>
          </Radio.Group>
        ))}
        {questionnaire.comment && (
          <Textarea
            label={questionnaire.comment}
            description="Optional"
            autosize
            minRows={2}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
          />
        )}
        <FormAlert message={problem} />
        <Button type="submit" loading={answer.isPending} fullWidth>
          Send
        </Button>
        {questionnaire.licence && (
          <Text size="xs" c="dimmed">
            {questionnaire.licence}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function PortalCheckIns({ clientId }: { clientId?: string } = {}) {
  const checkIns = usePortalCheckIns();
  if (checkIns.isError) return <LoadError error={checkIns.error} retry={() => void checkIns.refetch()} />;
  if (!checkIns.data) return <PageLoader />;
  const waiting = checkIns.data.filter((each) => each.answeredAt === null && (!clientId || each.clientId === clientId));
  return (
    <Stack component="section" aria-labelledby="portal-check-ins-title" gap="sm">
      <Title order={2} size="h4" id="portal-check-ins-title">
        Forms for you
      </Title>
      {waiting.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing waiting. Thank you!
        </Text>
      ) : (
        waiting.map((checkIn) => <CheckInForm key={checkIn.id} checkIn={checkIn} />)
      )}
    </Stack>
  );
}
