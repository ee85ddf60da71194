// The Kneadwork member this contact is, or one who looks like them ("Is this … on Kneadwork?").
import { Anchor, Avatar, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from '../../../app/routing.tsx';
import type { Contact } from '../../../../contracts/contacts.ts';
import { professions } from '../../../../contracts/taxonomy.ts';
import { useUpdateContact } from '../../../api/contacts.ts';
import { messageOf } from '../../../api/http.ts';
import { initials } from '../../../components/initials.ts';

type Member = NonNullable<Contact['linkedMember']>;

function MemberLine({ member }: { member: Member }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <Avatar src={member.logoUrl} alt="" radius="md" color="sage">
        {initials(member.displayName)}
      </Avatar>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/members/${member.slug}`} fw={600} size="sm">
          {member.displayName}
        </Anchor>
        <Text size="xs" c="dimmed">
          {professions[member.profession as keyof typeof professions] ?? member.profession}
        </Text>
      </Stack>
    </Group>
  );
}

export function MemberLink({ contact }: { contact: Contact }) {
  const update = useUpdateContact(contact.id);
  const link = (slug: string | null) =>
    update.mutate(
      { linkedProfileSlug: slug },
      {
        onSuccess: () =>
          notifications.show({ color: 'sage', message: slug ? 'Linked to their Kneadwork profile.' : 'Unlinked.' }),
        onError: (error) => notifications.show({ color: 'red', title: 'That did not work', message: messageOf(error) }),
      },
    );
  const member = contact.linkedMember ?? contact.suggestedMember;
  if (!member) return null;
  const linked = !!contact.linkedMember;
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      component="section"
      aria-label="Kneadwork profile"
      bg={linked ? undefined : 'sage.0'}
    >
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          {linked ? 'On Kneadwork' : `Is this ${member.displayName} on Kneadwork?`}
        </Text>
        <MemberLine member={member} />
        <Group gap="xs">
          {linked ? (
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              loading={update.isPending}
              onClick={() => link(null)}
            >
              Unlink
            </Button>
          ) : (
            <Button size="compact-sm" loading={update.isPending} onClick={() => link(member.slug)}>
              Yes, link to this profile
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
