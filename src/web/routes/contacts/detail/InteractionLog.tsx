// Every approach to this professional, newest first.
import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Interaction } from '../../../../contracts/contacts.ts';
import { channels } from '../../../../contracts/pipeline.ts';
import { useInteractions } from '../../../api/contacts.ts';
import { messageOf } from '../../../api/http.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { formatMoment } from '../dates.ts';

const newestFirst = (items: Interaction[]) =>
  [...items].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.createdAt.localeCompare(a.createdAt));

export function InteractionLog({ contactId }: { contactId: string }) {
  const log = useInteractions(contactId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="log-title">
      <Title order={2} size="h4" id="log-title">
        History
      </Title>
      {log.isError && (
        <Alert color="red" variant="light" role="alert">
          The history could not be loaded: {messageOf(log.error)}
        </Alert>
      )}
      {log.isPending && <PageLoader />}
      {log.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          No approaches logged yet. When you call, meet, write or email them, note it above so you know where you left
          off.
        </Text>
      )}
      {log.data && log.data.length > 0 && (
        <Stack
          gap="xs"
          component="ol"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label="Approaches, newest first"
        >
          {newestFirst(log.data).map((entry) => (
            <Paper key={entry.id} component="li" withBorder radius="md" p="sm" data-testid="interaction">
              <Group gap="xs" mb={4}>
                <Badge variant="light" color="sage" tt="none">
                  {channels[entry.channel]}
                </Badge>
                <Text size="sm" c="dimmed">
                  {formatMoment(entry.occurredAt)}
                </Text>
                {entry.letterId && (
                  <Badge variant="outline" color="gray" tt="none">
                    Letter
                  </Badge>
                )}
              </Group>
              <Text size="sm" className="pre-line">
                {entry.summary}
              </Text>
              {entry.nextStep && (
                <Text size="sm" mt={4}>
                  <Text span fw={600}>
                    Next step:
                  </Text>{' '}
                  {entry.nextStep}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
