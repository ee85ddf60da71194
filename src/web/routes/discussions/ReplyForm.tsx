// Replying to a thread in Markdown, with an optional file (a PDF or an image, at most 2 MB).
import { Button, FileInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useReply } from '../../api/discussions.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';

type Values = { body: string };

export function ReplyForm({ threadId, circle }: { threadId: string; circle: string }) {
  const [file, setFile] = useState<File | null>(null);
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { body: '' },
    validate: (values: Values) => (values.body.trim() ? null : { body: 'Write your reply' }),
    toBody: (values) => ({ body: values.body.trim(), file }),
    mutation: useReply(threadId, circle),
    onSuccess: () => {
      form.reset();
      setFile(null);
    },
  });
  return (
    <FormCard name={{ label: 'Reply' }} formRef={formRef} onSubmit={onSubmit}>
      <Textarea
        label="Your reply"
        description="Markdown works. Mention a member with @Full Name; they are told you mentioned them, never what you wrote."
        required
        autosize
        minRows={3}
        {...form.getInputProps('body')}
      />
      <FileInput
        label="Attach a file (optional)"
        description="A PDF or a PNG, JPEG or WebP image, at most 2 MB"
        accept="application/pdf,image/png,image/jpeg,image/webp"
        clearable
        value={file}
        onChange={setFile}
      />
      <FormAlert message={problem} />
      <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
        Post reply
      </Button>
    </FormCard>
  );
}
