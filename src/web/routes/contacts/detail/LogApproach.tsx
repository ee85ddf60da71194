// "Log an approach": date, channel, what happened, next step, and when to follow up. For a phone
// call or a meeting, the letter of introduction sits beside the form as talking points.
import {
  Button,
  Grid,
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
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { channels, type Channel } from '../../../../contracts/pipeline.ts';
import { useLogInteraction } from '../../../api/contacts.ts';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { placeErrors } from '../../../components/form-errors.ts';
import { today } from '../dates.ts';
import { approachProblems, freshApproach, toInteraction, type ApproachValues } from './log-approach.ts';
import { TalkingPoints } from './TalkingPoints.tsx';

export function LogApproach({ contactId, name }: { contactId: string; name: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const log = useLogInteraction(contactId);
  const form = useForm<ApproachValues>({
    mode: 'controlled',
    initialValues: freshApproach(),
    validate: approachProblems,
  });
  const channel = form.getValues().channel;
  const spoken = channel === 'phone' || channel === 'face-to-face';

  const onSubmit = form.onSubmit((values) => {
    setProblem(null);
    log.mutate(toInteraction(values), {
      onSuccess: () => {
        notifications.show({
          color: 'sage',
          message: values.followUpOn ? 'Logged, with a follow-up reminder.' : 'Logged.',
        });
        form.setValues(freshApproach(values.channel));
        form.resetDirty();
      },
      onError: (error) => setProblem(placeErrors(form, error)),
    });
  });

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="log-approach-title">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: spoken ? 6 : 12 }}>
          <form onSubmit={onSubmit} noValidate aria-labelledby="log-approach-title">
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
                <Button type="submit" loading={log.isPending}>
                  Log this approach
                </Button>
              </Group>
            </Stack>
          </form>
        </Grid.Col>
        {spoken && (
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <TalkingPoints contactId={contactId} />
          </Grid.Col>
        )}
      </Grid>
    </Paper>
  );
}
