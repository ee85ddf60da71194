// Ask a colleague to connect: any of my professionals who is a Kneadwork member and not yet in my
// network. (Other members can be reached from their profile in the directory.)
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useRequestConnection } from '../../api/network.ts';
import { useContacts } from '../../api/contacts.ts';
import { messageOf } from '../../api/http.ts';

const allContacts = new URLSearchParams({ pageSize: '500', sort: 'name' });

export function ConnectForm({ known }: { known: Set<string> }) {
  const contacts = useContacts(allContacts);
  const connect = useRequestConnection();
  const [slug, setSlug] = useState('');
  const members = (contacts.data?.items ?? []).flatMap((contact) =>
    contact.linkedMember && !known.has(contact.linkedMember.slug) ? [contact.linkedMember] : [],
  );
  if (members.length === 0) return null;
  const send = () =>
    connect.mutate(slug, {
      onSuccess: (connection) => {
        setSlug('');
        notifications.show({ color: 'sage', message: `Request sent to ${connection.member.displayName}.` });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'The request was not sent', message: messageOf(error) }),
    });
  return (
    <Stack gap={4} component="section" aria-label="Ask to connect">
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <NativeSelect
          label="Ask to connect"
          style={{ flex: 1 }}
          value={slug}
          onChange={(event) => setSlug(event.currentTarget.value)}
          data={[
            { value: '', label: 'One of my professionals…', disabled: true },
            ...members.map((member) => ({ value: member.slug, label: member.displayName })),
          ]}
        />
        <Button onClick={send} disabled={!slug} loading={connect.isPending}>
          Send request
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        They see your request and can accept it.
      </Text>
    </Stack>
  );
}
