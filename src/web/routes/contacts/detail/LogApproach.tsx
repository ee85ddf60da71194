// "Log an approach": date, channel, what happened, next step, and when to follow up. For a phone
// call or a meeting, the letter of introduction sits beside the form as talking points.
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { channels, type Channel } from '../../../../contracts/pipeline.ts';
import { useLogInteraction } from '../../../api/contacts.ts';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { useServerForm } from '../../../components/use-server-form.ts';
import { today } from '../dates.ts';
import { approachCheck, approachProblems, freshApproach, toInteraction } from './log-approach.ts';
import { TalkingPoints } from './TalkingPoints.tsx';

export function LogApproach({ contactId, name }: { contactId: string; name: string }) {
  const log = useLogInteraction(contactId);
  const { form, formRef, onSubmit, problem, busy } = useServerForm({
    initialValues: freshApproach(),
    validate: approachProblems,
    check: approachCheck,
    toBody: toInteraction,
    mutation: log,
    onSuccess: (_, values) => {
      notifications.show({
        color: 'sage',
        message: values.followUpOn ? 'Logged, with a follow-up reminder.' : 'Logged.',
      });
      form.setValues(freshApproach(values.channel));
      form.resetDirty();
    },
  });
  const channel = form.getValues().channel;
  const spoken = channel === 'phone' || channel === 'face-to-face';

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="log-approach-title">
      <SimpleGrid cols={{ base: 1, lg: spoken ? 2 : 1 }} spacing="lg">
        <div>
          <form onSubmit={onSubmit} ref={formRef} noValidate aria-labelledby="log-approach-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="log-approach-title">
                Log an approach
              </Title>
              <FormAlert message={problem} />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="channel-label">
                  How
                </Text>
                <SegmentedControl
                  aria-labelledby="channel-label"
                  fullWidth
                  data={Object.entries(channels).map(([value, label]) => ({ value, label }))}
                  {...form.getInputProps('channel')}
                  onChange={(value) => form.setFieldValue('channel', value as Channel)}
                />
              </Stack>
              <Textarea
                label="What happened"
                placeholder={`Called ${name}; spoke for ten minutes about…`}
                autosize
                minRows={3}
                maxRows={8}
                required
                {...form.getInputProps('summary')}
              />
              <TextInput
                label="Next step"
                placeholder="Send my letter and a certificate"
                {...form.getInputProps('nextStep')}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput label="Date" type="date" max={today()} required {...form.getInputProps('day')} />
                <TextInput
                  label="Follow up on (optional)"
                  type="date"
                  min={today()}
                  {...form.getInputProps('followUpOn')}
                />
              </SimpleGrid>
              <Group justify="flex-end">
                <Button type="submit" loading={busy}>
                  Log this approach
                </Button>
              </Group>
            </Stack>
          </form>
        </div>
        {spoken && <TalkingPoints contactId={contactId} />}
      </SimpleGrid>
    </Paper>
  );
}
