// Choosing who the letter (or certificate) is for. The searchable select (Mantine's Select, with
// floating-ui) loads when the person reaches for the field (OnIntent); a plain field with the same
// label, showing the chosen professional, stands in until then.
import { TextInput } from '@mantine/core';
import { intentLoader, OnIntent } from '../../components/OnIntent.tsx';
import { contactLabel, contactPickerDescription, type ContactPickerProps } from './contact-choice.ts';

const select = intentLoader(() => import('./ContactSelect.tsx'));

export function ContactPicker(props: ContactPickerProps) {
  const chosen = props.contacts.find((contact) => contact.id === props.value);
  return (
    <OnIntent
      loader={select}
      standIn={
        <TextInput
          label="Recipient"
          description={props.description ?? contactPickerDescription}
          placeholder={props.loading ? 'Loading your professionals…' : 'Search by name'}
          defaultValue={chosen ? contactLabel(chosen) : ''}
          key={chosen?.id ?? 'none'}
          disabled={props.loading}
          error={props.error}
          autoComplete="off"
        />
      }
    >
      {(module, intent) => <module.ContactSelect {...props} initialSearch={intent.typed} />}
    </OnIntent>
  );
}
