// Choosing a member by typing part of their name: a combobox over my connections and the
// directory. The combobox (Mantine's Combobox with floating-ui, about 30 KB gzip) loads after the
// page has painted; until then the same labelled field stands in, not yet editable.
import { TextInput } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { MemberPickerProps } from './MemberPickerCombobox.tsx';

export type { PickedMember } from '../api/member-search.ts';

const MemberPickerCombobox = lazy(async () => ({
  default: (await import('./MemberPickerCombobox.tsx')).MemberPickerCombobox,
}));

export function MemberPicker(props: MemberPickerProps) {
  const standIn = (
    <TextInput
      label={props.label}
      description={props.description}
      placeholder={props.placeholder ?? 'Start typing a name'}
      required={props.required}
      error={props.error}
      value={props.chosen?.displayName ?? ''}
      readOnly
      disabled
    />
  );
  return (
    <Suspense fallback={standIn}>
      <MemberPickerCombobox {...props} />
    </Suspense>
  );
}
