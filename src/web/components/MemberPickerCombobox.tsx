// The member picker's combobox (see MemberPicker.tsx): options with name, profession and town.
// Arrow keys move, Enter chooses, Escape closes (Mantine's Combobox gives the ARIA combobox
// pattern). A pasted profile address or slug still works: it is offered as the first option
// (pasted-member.ts).
import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTaxonomy } from '../api/profile.ts';
import { useMemberSearch, type PickedMember } from '../api/member-search.ts';
import { withPasted } from './pasted-member.ts';

export type MemberPickerProps = {
  label: string;
  description?: string;
  placeholder?: string;
  required?: boolean;
  error?: ReactNode;
  /** Slugs not to offer (already chosen, or me). */
  exclude?: readonly string[];
  onPick: (member: PickedMember) => void;
  /** Single choice: the input shows the chosen member's name. Omit for adding to a list. */
  chosen?: PickedMember | null;
  /** What was typed into the stand-in before this loaded (MemberPicker). */
  initialText?: string;
  /** Enter was pressed in the stand-in: choose the best match as soon as it is known. */
  pickFirst?: boolean;
};

export function MemberPickerCombobox({
  label,
  description,
  placeholder = 'Start typing a name',
  required,
  error,
  exclude = [],
  onPick,
  chosen,
  initialText,
  pickFirst,
}: MemberPickerProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState(initialText || (chosen?.displayName ?? ''));
  const typedFirst = useRef(!!initialText);
  const editing = !chosen || text !== chosen.displayName;
  const { options, searching, tooShort } = useMemberSearch(editing ? text : '', exclude);
  const professions = useTaxonomy().data?.professions as Record<string, string> | undefined;
  const all = withPasted(options, text);

  // A choice made elsewhere (a suggestion card beside the picker) shows here too; typing never changes `chosen`.
  const chosenSlug = chosen?.slug;
  useEffect(() => {
    if (typedFirst.current) typedFirst.current = false;
    else if (chosen !== undefined) setText(chosen?.displayName ?? '');
  }, [chosenSlug]); // the slug, not the object: a parent builds a new one each render

  // The best match is ready for Enter as soon as the list changes; arrows move from there.
  const firstSlug = all[0]?.slug;
  const pickPending = useRef(!!pickFirst);
  const opened = combobox.dropdownOpened;
  // Also when the list opens (typed into the stand-in, it opens after the first match is known); not
  // `combobox`: a new object each render would undo the arrow keys.
  useEffect(() => {
    if (firstSlug) combobox.selectFirstOption();
    if (firstSlug && pickPending.current) {
      pickPending.current = false;
      choose(firstSlug);
    }
  }, [firstSlug, opened]);

  const choose = (slug: string) => {
    const member = all.find((option) => option.slug === slug);
    if (!member) return;
    onPick(member);
    setText(chosen === undefined ? '' : member.displayName);
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={choose}>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          label={label}
          description={description}
          placeholder={placeholder}
          required={required}
          error={error}
          value={text}
          autoComplete="off"
          rightSection={searching && !tooShort ? <Loader size={16} aria-label="Searching" /> : null}
          onChange={(event) => {
            setText(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onKeyDown={(event) => {
            // Enter before the list has marked its best match (typed fast, or into the stand-in) takes that match.
            if (event.key !== 'Enter' || !firstSlug || combobox.getSelectedOptionIndex() !== -1) return;
            event.preventDefault();
            choose(firstSlug);
          }}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={all.length === 0 && tooShort}>
        <Combobox.Options aria-label={`${label}: matching members`}>
          {all.map((member) => (
            <Combobox.Option
              value={member.slug}
              key={member.slug}
              aria-label={`${member.displayName}${member.profession ? `, ${professions?.[member.profession] ?? member.profession}` : ''}${member.town ? `, ${member.town}` : ''}`}
            >
              <Group gap={6} wrap="nowrap" justify="space-between">
                <Text size="sm" fw={600} truncate>
                  {member.displayName}
                </Text>
                {member.inNetwork && (
                  <Text size="xs" c="inherit" fw={600} style={{ flexShrink: 0 }}>
                    In your network
                  </Text>
                )}
              </Group>
              {/* Inherits the option's colour: dark on white, white on the highlighted option. */}
              <Text size="xs" c="inherit">
                {[
                  member.profession ? (professions?.[member.profession] ?? member.profession) : 'Profile address',
                  member.town,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Combobox.Option>
          ))}
          {all.length === 0 && !tooShort && !searching && (
            <Combobox.Empty>No member you can see matches “{text.trim()}”</Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
