// "Subscribe to my circle meetings": my private calendar feed's address (https to copy, webcal to
// open a calendar app), and a new address when the old one was shared by mistake.
import { Anchor, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCalendarFeed, useRevokeCalendarFeed } from '../../api/meetings.ts';
import { messageOf } from '../../api/http.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';

export function CalendarSubscribe() {
  const feed = useCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="calendar-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="calendar-heading">
          Subscribe to my circle meetings
        </Title>
        <Text size="sm" c="dimmed">
          The meetings you said you are going to, in your own calendar app. The address is private: anyone who has it
          sees your meetings.
        </Text>
        <QueryState query={feed}>
          {(data) => (
            <Stack gap="xs">
              <Group align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  label="Calendar address"
                  value={data.url}
                  readOnly
                  onFocus={(event) => event.currentTarget.select()}
                  style={{ flex: '1 1 16rem', minWidth: 0 }}
                />
                <CopyButton value={data.url}>
                  {({ copied, copy }) => (
                    <Button variant="light" onClick={copy}>
                      {copied ? 'Copied' : 'Copy address'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Group gap="md" wrap="wrap">
                <Anchor href={data.webcal}>Open in my calendar app</Anchor>
                <Button
                  variant="subtle"
                  color="red"
                  loading={revoke.isPending}
                  onClick={() => {
                    if (window.confirm('The old address stops working at once. Make a new one?')) revoke.mutate();
                  }}
                >
                  Revoke and make a new one
                </Button>
              </Group>
              <FormAlert message={revoke.isError ? messageOf(revoke.error) : null} />
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
