// The client's own intake in the portal (phone first): the form to fill in before the first visit,
// or what they answered, with a way to update it (each save is a new version their therapist sees).
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { usePortalIntake, usePortalSaveIntake } from '../../api/intake.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { formatDay } from '../../components/dates.ts';
import { answerWords } from '../clients/intake-answer-words.ts';

// The form's inputs load when it is filled in, not with the read view.
const IntakeQuestions = lazy(async () => ({
  default: (await import('../clients/IntakeQuestions.tsx')).IntakeQuestions,
}));

export function PortalIntake({ clientId }: { clientId: string }) {
  const intake = usePortalIntake(clientId);
  const save = usePortalSaveIntake(clientId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (intake.isError) return <LoadError error={intake.error} retry={() => void intake.refetch()} />;
  if (!intake.data) return <PageLoader />;
  const view = intake.data;
  const latest = view.submission;
  const filling = editing || !latest;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="portal-intake-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="portal-intake-title">
            My intake
          </Title>
          {!filling && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              Update
            </Button>
          )}
        </Group>
        {saved && (
          <Text size="sm" c="green" role="status">
            Thank you. Your therapist can see your answers now.
          </Text>
        )}
        {filling ? (
          <>
            <Text size="sm" c="dimmed">
              Please fill this in before your first visit. Your answers are private: only you and your therapist can
              read them.
            </Text>
            <Suspense fallback={<PageLoader />}>
              <IntakeQuestions
                definition={view.definition}
                initial={latest?.answers ?? {}}
                submitLabel="Send"
                saving={save.isPending}
                {...(latest ? { onCancel: () => setEditing(false) } : {})}
                onSubmit={async (answers) => {
                  await save.mutateAsync({ answers });
                  setEditing(false);
                  setSaved(true);
                }}
              />
            </Suspense>
          </>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              Sent on {formatDay(latest.createdAt)}
            </Text>
            {view.definition.sections.map((section) => (
              <Stack key={section.id} gap={4}>
                <Title order={3} size="h6">
                  {section.title}
                </Title>
                <Stack component="dl" gap={4} m={0}>
                  {section.questions.map((question) => (
                    <div key={question.id}>
                      <Text component="dt" size="xs" c="dimmed">
                        {question.words}
                      </Text>
                      <Text component="dd" size="sm" m={0} className="pre-line">
                        {answerWords(question, latest.answers[question.id])}
                      </Text>
                    </div>
                  ))}
                </Stack>
              </Stack>
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}
