// A tags field whose combobox code (Mantine's TagsInput with floating-ui, about 30 KB gzip) loads
// when the person reaches for it (OnIntent); until then a plain field with the same label stands in.
import { TextInput, type TagsInputProps } from '@mantine/core';
import { useEffect, useRef, type ComponentType } from 'react';
import { comboboxStandIn, intentLoader, OnIntent, type Intent } from '../../../components/OnIntent.tsx';

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
      {(module, intent) => <CarriedTags TagsInput={module.TagsInput} intent={intent} {...props} />}
    </OnIntent>
  );
}

/**
 * The real field, taking over from the stand-in: an Enter pressed there adds the typed tag once, as
 * TagsInput would have; text typed without an Enter stays in the search box.
 */
function CarriedTags({
  TagsInput,
  intent,
  ...props
}: TagsInputProps & { TagsInput: ComponentType<TagsInputProps>; intent: Intent }) {
  const entered = useRef(intent.entered ? intent.typed.trim() : '');
  const { value = [], onChange } = props;
  useEffect(() => {
    const tag = entered.current;
    if (tag && !value.includes(tag)) onChange?.([...value, tag]);
  }, []); // once, when the real field takes over
  return <TagsInput {...props} defaultSearchValue={entered.current ? '' : intent.typed} />;
}
