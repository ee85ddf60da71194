// Starting a thread: a title, the category (problem solving or support) and the first post in
// Markdown. Errors appear by the field; the server's words for the rest.
import { Button, NativeSelect, Text, Textarea, TextInput } from '@mantine/core';
import { categoryHints, categoryLabels, discussionCategories } from '../../../contracts/discussion-words.ts';
import { useStartThread, type ThreadSummary } from '../../api/discussions.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';

type Values = { title: string; category: string; body: string };

const problemsOf = (values: Values) => {
  const problems: Record<string, string> = {};
  if (values.title.trim().length < 3) problems.title = 'Title must be at least 3 characters';
  if (!values.body.trim()) problems.body = 'Write the first post';
  return Object.keys(problems).length ? problems : null;
};

export function NewThreadForm({ circle, onStarted }: { circle: string; onStarted: (thread: ThreadSummary) => void }) {
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { title: '', category: 'general', body: '' },
    validate: (values: Values) => problemsOf(values),
    toBody: (values) => ({
      title: values.title.trim(),
      category: values.category as 'general' | 'support',
      body: values.body.trim(),
    }),
    mutation: useStartThread(circle),
    onSuccess: (thread) => {
      form.reset();
      onStarted(thread);
    },
  });
  const category = form.values.category as (typeof discussionCategories)[number];
  return (
    <FormCard name={{ label: 'Start a thread' }} formRef={formRef} onSubmit={onSubmit}>
      <Text fw={600}>Start a thread</Text>
      <TextInput label="Title" required maxLength={150} {...form.getInputProps('title')} />
      <NativeSelect
        label="Category"
        description={categoryHints[category]}
        data={discussionCategories.map((value) => ({ value, label: categoryLabels[value] }))}
        {...form.getInputProps('category')}
      />
      <Textarea
        label="First post"
        description="Markdown works: **bold**, *italic*, lists and links. Mention a member with @Full Name."
        required
        autosize
        minRows={4}
        {...form.getInputProps('body')}
      />
      <FormAlert message={problem} />
      <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
        Start thread
      </Button>
    </FormCard>
  );
}
