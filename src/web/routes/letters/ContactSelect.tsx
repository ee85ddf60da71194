// Choosing who the letter (or certificate) is for: a searchable list of my professionals, with their
// profession. Loaded when the person reaches for the field (ContactPicker).
import { Select } from '@mantine/core';
import { contactLabel, contactPickerDescription, type ContactPickerProps } from './contact-choice.ts';

export function ContactSelect({
  contacts,
  value,
  onChange,
  loading = false,
  error = null,
  description = contactPickerDescription,
  initialSearch,
}: ContactPickerProps & { initialSearch?: string }) {
  const data = contacts.map((contact) => ({ value: contact.id, label: contactLabel(contact) }));
  return (
    <Select
      label="Recipient"
      description={description}
      placeholder={loading ? 'Loading your professionals…' : 'Search by name'}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      defaultSearchValue={initialSearch || undefined}
      defaultDropdownOpened={!!initialSearch}
      nothingFoundMessage="No professional by that name on your list"
      allowDeselect={false}
      disabled={loading}
      error={error}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
