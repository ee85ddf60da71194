// The client's intake on their page: the flags first, then the latest answers (or the form to fill
// them in), and every version with who filled it in. Updating saves a new version.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { useIntake, useSaveIntake, type IntakeView } from '../../api/intake.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { formatDay } from '../../components/dates.ts';
import { IntakeFlagCard } from './IntakeFlags.tsx';
import { answerWords } from './intake-answer-words.ts';

// The form's inputs load when it is filled in, not with the read view.
const IntakeQuestions = lazy(async () => ({ default: (await import('./IntakeQuestions.tsx')).IntakeQuestions }));

// The practice's own copy of the form: loaded when opened.
const IntakeFormEditor = lazy(async () => ({ default: (await import('./IntakeFormEditor.tsx')).IntakeFormEditor }));

function Answers({ view }: { view: IntakeView }) {
  const answers = view.submission?.answers ?? {};
  return (
    <Stack gap="md">
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
                  {answerWords(question, answers[question.id])}
                </Text>
              </div>
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}

export function ClientIntake({ clientId }: { clientId: string }) {
  const intake = useIntake(clientId);
  const save = useSaveIntake(clientId);
  const [editing, setEditing] = useState(false);
  const [editingForm, setEditingForm] = useState(false);
  if (intake.isError) return <LoadError error={intake.error} retry={() => void intake.refetch()} />;
  if (!intake.data) return <PageLoader />;
  const view = intake.data;
  const latest = view.submission;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="intake-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="intake-title">
            Intake
          </Title>
          <Group gap="xs">
            <Button size="xs" variant="subtle" onClick={() => setEditingForm(true)}>
              Edit form
            </Button>
            {!editing && (
              <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                {latest ? 'Update' : 'Fill in'}
              </Button>
            )}
          </Group>
        </Group>
        {editingForm && (
          <Suspense fallback={null}>
            <IntakeFormEditor opened onClose={() => setEditingForm(false)} />
          </Suspense>
        )}
        {view.flags.length > 0 && (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Flags">
            {view.flags.map((flag) => (
              <IntakeFlagCard key={flag.id} flag={flag} />
            ))}
          </Stack>
        )}
        {latest && (
          <Text size="xs" c="dimmed">
            Version {latest.version}, filled in by {latest.submittedBy === 'client' ? 'the client' : 'you'} on{' '}
            {formatDay(latest.createdAt)}
          </Text>
        )}
        {editing ? (
          <Suspense fallback={<PageLoader />}>
            <IntakeQuestions
              definition={view.definition}
              initial={latest?.answers ?? {}}
              submitLabel="Save intake"
              saving={save.isPending}
              onCancel={() => setEditing(false)}
              onSubmit={async (answers) => {
                await save.mutateAsync({ answers });
                setEditing(false);
                notifications.show({ message: 'Intake saved as a new version' });
              }}
            />
          </Suspense>
        ) : latest ? (
          <Answers view={view} />
        ) : (
          <Text size="sm" c="dimmed">
            No intake yet. Fill it in with the client, or invite them to fill it in before their first visit.
          </Text>
        )}
        {view.versions.length > 1 && (
          <Stack gap={2}>
            <Text size="xs" fw={700} c="dimmed">
              Versions
            </Text>
            {view.versions.map((version) => (
              <Text key={version.id} size="xs" c="dimmed">
                {version.version}. {formatDay(version.createdAt)} — by{' '}
                {version.submittedBy === 'client' ? 'the client' : 'you'}
                {version.flags.length ? ` — ${version.flags.length} flag${version.flags.length === 1 ? '' : 's'}` : ''}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
