// A tags field whose combobox code (Mantine's TagsInput with floating-ui, about 30 KB gzip) loads
// after the first section has painted; until then the same labelled field stands in, not yet editable.
import { TextInput, type TagsInputProps } from '@mantine/core';
import { lazy, Suspense } from 'react';

const TagsInput = lazy(async () => ({ default: (await import('./tags-input.ts')).TagsInput }));

export function LazyTagsInput(props: TagsInputProps) {
  const standIn = (
    <TextInput
      label={props.label}
      description={props.description}
      error={props.error}
      value={(props.value ?? []).join(', ')}
      readOnly
      disabled
    />
  );
  return (
    <Suspense fallback={standIn}>
      <TagsInput {...props} />
    </Suspense>
  );
}
