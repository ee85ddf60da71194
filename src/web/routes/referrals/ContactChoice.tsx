// A referral to one of my professionals: chosen from my list; they get a private link by email or
// a printable letter.
import { NativeSelect, Stack, Text } from '@mantine/core';
import { professions } from '../../../contracts/taxonomy.ts';
import { useContacts } from '../../api/contacts.ts';
import type { ReferralFormApi } from './referral-form.ts';

const allContacts = new URLSearchParams({ pageSize: '500', sort: 'name' });

export function ContactChoice({ form }: { form: ReferralFormApi }) {
  const contacts = useContacts(allContacts);
  const items = contacts.data?.items ?? [];
  if (contacts.data && items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Your list of professionals is empty.
      </Text>
    );
  const onChange = (id: string) => {
    const contact = items.find((item) => item.id === id);
    form.setValues({
      toContactId: id,
      recipientName: contact?.name ?? '',
      recipientProfession: contact?.profession ?? '',
    });
  };
  const chosen = items.find((item) => item.id === form.values.toContactId);
  return (
    <Stack gap={4}>
      <NativeSelect
        label="Professional"
        required
        data={[
          { value: '', label: 'Choose…', disabled: true },
          ...items.map((item) => ({ value: item.id, label: `${item.name} — ${professions[item.profession]}` })),
        ]}
        value={form.values.toContactId}
        error={form.errors.toContactId}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      {chosen && (
        <Text size="xs" c="dimmed">
          {chosen.email
            ? `They get a private link at ${chosen.email} to view, accept and reply without an account.`
            : 'They have no email address: print the referral letter for them after sending.'}
        </Text>
      )}
    </Stack>
  );
}
