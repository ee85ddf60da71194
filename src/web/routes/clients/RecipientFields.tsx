// "Shared with": a member (from my network and my professionals who are members), one of my
// professionals, anyone of a profession, or anyone I refer the client to.
import { NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { useForm } from '../../components/use-form.ts';
import { professions } from '../../../contracts/taxonomy.ts';
import { useConnections } from '../../api/network.ts';
import { useContacts } from '../../api/contacts.ts';
import type { ConsentFormValues, SharedWithKind } from './consent-form.ts';

type FormApi = Pick<
  ReturnType<typeof useForm<ConsentFormValues>>,
  'values' | 'errors' | 'setFieldValue' | 'getInputProps'
>;

const kinds: { value: SharedWithKind; label: string }[] = [
  { value: 'any-referral', label: 'Anyone I refer to' },
  { value: 'profession', label: 'A profession' },
  { value: 'member', label: 'A member' },
  { value: 'contact', label: 'One of my professionals' },
];

const allContacts = new URLSearchParams({ pageSize: '500', sort: 'name' });

function MemberChoice({ form }: { form: FormApi }) {
  const connections = useConnections();
  const contacts = useContacts(allContacts);
  const members = new Map<string, string>();
  for (const connection of connections.data ?? [])
    if (connection.status === 'accepted') members.set(connection.member.slug, connection.member.displayName);
  for (const contact of contacts.data?.items ?? [])
    if (contact.linkedMember) members.set(contact.linkedMember.slug, contact.linkedMember.displayName);
  if (members.size === 0)
    return (
      <TextInput
        label="Member’s profile name"
        description="As in their profile address, /members/…"
        required
        {...form.getInputProps('profileSlug')}
      />
    );
  const options = [...members]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <NativeSelect
      label="Member"
      required
      data={[{ value: '', label: 'Choose…', disabled: true }, ...options]}
      {...form.getInputProps('profileSlug')}
    />
  );
}

function ContactChoice({ form }: { form: FormApi }) {
  const contacts = useContacts(allContacts);
  const options = (contacts.data?.items ?? []).map((contact) => ({
    value: contact.id,
    label: `${contact.name} — ${professions[contact.profession]}`,
  }));
  if (contacts.data && options.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Your list of professionals is empty. Add them under My professionals first.
      </Text>
    );
  return (
    <NativeSelect
      label="Professional"
      required
      data={[{ value: '', label: 'Choose…', disabled: true }, ...options]}
      {...form.getInputProps('contactId')}
    />
  );
}

export function RecipientFields({ form }: { form: FormApi }) {
  const kind = form.values.kind;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="shared-with-label">
        Shared with
      </Text>
      <SegmentedControl
        aria-labelledby="shared-with-label"
        data={kinds}
        value={kind}
        onChange={(value) => form.setFieldValue('kind', value)}
        fullWidth
      />
      {kind === 'member' && <MemberChoice form={form} />}
      {kind === 'contact' && <ContactChoice form={form} />}
      {kind === 'profession' && (
        <NativeSelect
          label="Profession"
          required
          data={[
            { value: '', label: 'Choose…', disabled: true },
            ...Object.entries(professions).map(([value, label]) => ({ value, label })),
          ]}
          {...form.getInputProps('profession')}
        />
      )}
      {form.errors.kind && (
        <Text size="xs" c="red" role="alert">
          {form.errors.kind}
        </Text>
      )}
    </Stack>
  );
}
