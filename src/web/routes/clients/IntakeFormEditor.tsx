// The practice's own copy of the intake form: change the words of any question, make it required
// or not, remove it, or add a question of your own. Each save is a new version for clients who
// answer from now on; answers already given keep the version they answered.
import { Button, Checkbox, Group, Modal, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useIntakeDefinition, useSaveIntakeDefinition, type IntakeDefinition } from '../../api/intake.ts';
import { messageOf } from '../../api/http.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

type Draft = Pick<IntakeDefinition, 'title' | 'sections'>;
type NewType = 'text' | 'date' | 'body-areas' | 'yes-no';
const newTypes: { value: NewType; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'yes-no', label: 'Yes or no' },
  { value: 'date', label: 'Date' },
  { value: 'body-areas', label: 'Body areas' },
];

function Editor({ definition, onDone }: { definition: IntakeDefinition; onDone: () => void }) {
  const save = useSaveIntakeDefinition();
  const [draft, setDraft] = useState<Draft>({ title: definition.title, sections: definition.sections });
  const [adding, setAdding] = useState<Record<string, { words: string; type: NewType }>>({});
  const change = (sectionId: string, questionId: string, patch: { words?: string; required?: boolean } | null) =>
    setDraft((current) => ({
      ...current,
      sections: current.sections.map((section) =>
        section.id !== sectionId
          ? section
          : {
              ...section,
              questions: patch
                ? section.questions.map((q) => (q.id === questionId ? { ...q, ...patch } : q))
                : section.questions.filter((q) => q.id !== questionId),
            },
      ),
    }));
  const add = (sectionId: string) => {
    const next = adding[sectionId];
    if (!next?.words.trim()) return;
    const id = `own-${Date.now().toString(36)}`;
    setDraft((current) => ({
      ...current,
      sections: current.sections.map((section) =>
        section.id === sectionId
          ? { ...section, questions: [...section.questions, { id, type: next.type, words: next.words.trim() }] }
          : section,
      ),
    }));
    setAdding((current) => ({ ...current, [sectionId]: { words: '', type: 'text' } }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} aria-label="Our intake form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {definition.source === 'default'
            ? 'You are making your own copy of Kneadwork’s massage intake.'
            : `Your copy, version ${definition.version}.`}{' '}
          Saving makes a new version; answers already given keep the version they answered.
        </Text>
        <TextInput
          label="Form title"
          required
          value={draft.title}
          onChange={(event) => {
            const title = event.currentTarget.value;
            setDraft((current) => ({ ...current, title }));
          }}
        />
        {draft.sections.map((section) => (
          <Paper key={section.id} withBorder radius="md" p="sm">
            <Stack gap="xs" component="fieldset" style={{ border: 0, margin: 0, padding: 0 }}>
              <Text component="legend" fw={600} size="sm">
                {section.title}
              </Text>
              {section.questions.map((question) => (
                <Stack key={question.id} gap={4}>
                  <TextInput
                    label={`Question (${question.type})`}
                    value={question.words}
                    onChange={(event) => change(section.id, question.id, { words: event.currentTarget.value })}
                  />
                  <Group gap="sm">
                    <Checkbox
                      label="Required"
                      checked={!!question.required}
                      onChange={(event) => change(section.id, question.id, { required: event.currentTarget.checked })}
                    />
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => change(section.id, question.id, null)}
                      aria-label={`Remove “${question.words}”`}
                    >
                      Remove
                    </Button>
                  </Group>
                </Stack>
              ))}
              <Group gap="xs" align="flex-end">
                <TextInput
                  style={{ flex: 1, minWidth: 160 }}
                  label="A question of your own"
                  value={adding[section.id]?.words ?? ''}
                  onChange={(event) => {
                    const words = event.currentTarget.value;
                    setAdding((current) => ({
                      ...current,
                      [section.id]: { type: current[section.id]?.type ?? 'text', words },
                    }));
                  }}
                />
                <Select
                  label="Kind"
                  w={130}
                  data={newTypes}
                  allowDeselect={false}
                  value={adding[section.id]?.type ?? 'text'}
                  onChange={(type) =>
                    setAdding((current) => ({
                      ...current,
                      [section.id]: { words: current[section.id]?.words ?? '', type: type ?? 'text' },
                    }))
                  }
                />
                <Button variant="default" onClick={() => add(section.id)}>
                  Add
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        <FormAlert message={save.error ? messageOf(save.error) : null} />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            Save form
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function IntakeFormEditor({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const definition = useIntakeDefinition(opened);
  return (
    <Modal opened={opened} onClose={onClose} title="Our intake form" size="lg">
      {definition.isError ? (
        <FormAlert message={messageOf(definition.error)} />
      ) : !definition.data ? (
        <PageLoader />
      ) : (
        <Editor definition={definition.data} onDone={onClose} />
      )}
    </Modal>
  );
}
