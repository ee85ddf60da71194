// Whom to invite: my professionals (contacts with an email address), members of my network (in
// the app), and any other addresses. Used when starting a circle and by its organizers later.
import { Checkbox, Stack, Text, Textarea } from '@mantine/core';
import { useContacts } from '../../api/contacts.ts';
import { useConnections } from '../../api/network.ts';
import type { InputProps } from '../../components/use-form.ts';

export type InviteValues = { contactIds: string[]; memberSlugs: string[]; emails: string };
export const noInvites: InviteValues = { contactIds: [], memberSlugs: [], emails: '' };

/** The API's `invite` object, or undefined when nobody was chosen. */
export function inviteBody(values: InviteValues) {
  const emails = values.emails
    .split(/[\s,;]+/)
    .map((email) => email.trim())
    .filter(Boolean);
  const invite = {
    ...(values.memberSlugs.length ? { memberSlugs: values.memberSlugs } : {}),
    ...(values.contactIds.length ? { contactIds: values.contactIds } : {}),
    ...(emails.length ? { emails } : {}),
  };
  return Object.keys(invite).length ? invite : undefined;
}

// A long list scrolls inside its box; its checkboxes take the focus, so the keyboard scrolls it too.
const longList = { maxHeight: 220, overflowY: 'auto' } as const;
const contactQuery = new URLSearchParams({ pageSize: '500' });

export function InvitePeople({ inputProps }: { inputProps: (field: string) => InputProps }) {
  const contacts = useContacts(contactQuery);
  const connections = useConnections();
  const withEmail = (contacts.data?.items ?? []).filter((contact) => contact.email);
  const network = (connections.data ?? []).filter((connection) => connection.status === 'accepted');
  return (
    <Stack gap="sm">
      {network.length > 0 && (
        <Checkbox.Group label="Members of my network" description="Invited in the app" {...inputProps('memberSlugs')}>
          <div style={longList}>
            <Stack gap={6} mt={6}>
              {network.map(({ member }) => (
                <Checkbox key={member.slug} value={member.slug} label={member.displayName} />
              ))}
            </Stack>
          </div>
        </Checkbox.Group>
      )}
      {withEmail.length > 0 && (
        <Checkbox.Group
          label="My professionals"
          description="Sent an email with a link to join"
          {...inputProps('contactIds')}
        >
          <div style={longList}>
            <Stack gap={6} mt={6}>
              {withEmail.map((contact) => (
                <Checkbox key={contact.id} value={contact.id} label={`${contact.name} (${contact.email})`} />
              ))}
            </Stack>
          </div>
        </Checkbox.Group>
      )}
      {network.length === 0 && withEmail.length === 0 && (
        <Text size="sm" c="dimmed">
          Your network and professionals with an email address will be listed here.
        </Text>
      )}
      <Textarea
        label="Other email addresses"
        description="Separated by commas or new lines"
        autosize
        minRows={1}
        {...inputProps('emails')}
      />
    </Stack>
  );
}
