// A tags field whose combobox code (Mantine's TagsInput with floating-ui, about 30 KB gzip) loads
// when the person reaches for it (OnIntent); until then a plain field with the same label stands in.
import { TextInput, type TagsInputProps } from '@mantine/core';
import { comboboxStandIn, intentLoader, OnIntent } from '../../../components/OnIntent.tsx';

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
          {...comboboxStandIn}
        />
      }
    >
      {(module, intent) => {
        // Enter in the stand-in: the typed tag is added, as TagsInput would have.
        const typed = intent.typed.trim();
        if (intent.entered && typed && !(props.value ?? []).includes(typed)) {
          intent.entered = false;
          queueMicrotask(() => props.onChange?.([...(props.value ?? []), typed]));
          return <module.TagsInput {...props} />;
        }
        return <module.TagsInput {...props} defaultSearchValue={intent.typed} />;
      }}
    </OnIntent>
  );
}
