// Choosing who the letter is for: a searchable list of my professionals, with their profession.
import { Select } from '@mantine/core';
import type { Contact } from '../../../contracts/contacts.ts';
import { professions } from '../../../contracts/taxonomy.ts';

type Props = {
  contacts: Contact[];
  value: string | null;
  onChange: (contactId: string | null) => void;
  loading?: boolean;
  error?: string | null;
  description?: string;
};

export function ContactPicker({
  contacts,
  value,
  onChange,
  loading = false,
  error = null,
  description = 'One of your professionals; the letter is written for their profession.',
}: Props) {
  const data = contacts.map((contact) => ({
    value: contact.id,
    label: `${contact.name} — ${professions[contact.profession]}${contact.organisation ? `, ${contact.organisation}` : ''}`,
  }));
  return (
    <Select
      label="Recipient"
      description={description}
      placeholder={loading ? 'Loading your professionals…' : 'Search by name'}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      nothingFoundMessage="No professional by that name on your list"
      allowDeselect={false}
      disabled={loading}
      error={error}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
