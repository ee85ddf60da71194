// Choosing a member by typing part of their name: a combobox over my connections and the
// directory. The combobox (Mantine's Combobox with floating-ui, about 30 KB gzip) loads when the
// person reaches for the field (OnIntent); until then a plain field with the same label stands in.
import { TextInput } from '@mantine/core';
import type { MemberPickerProps } from './MemberPickerCombobox.tsx';
import { comboboxStandIn, intentLoader, OnIntent } from './OnIntent.tsx';

export type { PickedMember } from '../api/member-search.ts';

const combobox = intentLoader(() => import('./MemberPickerCombobox.tsx'));

export function MemberPicker(props: MemberPickerProps) {
  return (
    <OnIntent
      loader={combobox}
      standIn={
        <TextInput
          label={props.label}
          description={props.description}
          placeholder={props.placeholder ?? 'Start typing a name'}
          required={props.required}
          error={props.error}
          defaultValue={props.chosen?.displayName ?? ''}
          autoComplete="off"
          {...comboboxStandIn}
        />
      }
    >
      {(module, intent) => (
        <module.MemberPickerCombobox
          {...props}
          initialText={intent.typed}
          pickFirst={intent.entered && !!intent.typed}
        />
      )}
    </OnIntent>
  );
}
