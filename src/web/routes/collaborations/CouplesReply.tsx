// Replying to a couples-partner request: the message goes to the author as a direct message, and
// the conversation opens.
import { Button, Group, Textarea } from '@mantine/core';
import { useNavigate } from '../../app/routing.tsx';
import { useReplyToCouples } from '../../api/collaborations.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { useServerForm } from '../../components/use-server-form.ts';

export function CouplesReply({ id, name, onDone }: { id: string; name: string; onDone: () => void }) {
  const navigate = useNavigate();
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: { message: '' },
    toBody: ({ message }) => ({ id, message }),
    mutation: useReplyToCouples(),
    onSuccess: ({ conversationId }) => navigate(`/messages/${conversationId}`),
  });
  return (
    <FormCard name={{ label: `Reply to ${name}` }} formRef={formRef} onSubmit={onSubmit}>
      <Textarea label="Message" required autosize minRows={2} {...form.getInputProps('message')} />
      <FormAlert message={problem} />
      <Group>
        <Button type="submit" loading={busy}>
          Send
        </Button>
        <Button variant="subtle" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </FormCard>
  );
}
