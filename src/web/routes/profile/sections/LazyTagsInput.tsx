// A tags field whose combobox code (Mantine's TagsInput with floating-ui, about 30 KB gzip) loads
// when the person reaches for it (OnIntent); until then a plain field with the same label stands in.
import { TextInput, type TagsInputProps } from '@mantine/core';
import { intentLoader, OnIntent } from '../../../components/OnIntent.tsx';

const tagsInput = intentLoader(() => import('./tags-input.ts'));

export function LazyTagsInput(props: TagsInputProps) {
  return (
    <OnIntent
      loader={tagsInput}
      standIn={
        <TextInput
          label={props.label}
          description={props.description}
          error={props.error}
          placeholder={props.placeholder}
          defaultValue={(props.value ?? []).join(', ')}
          autoComplete="off"
        />
      }
    >
      {(module, intent) => <module.TagsInput {...props} defaultSearchValue={intent.typed} />}
    </OnIntent>
  );
}
