// A card's "Move…" menu: the stages it can go to. Loaded when first reached for (BoardCard).
import { Button, Menu, type ButtonProps } from '@mantine/core';
import type { Ref } from 'react';
import type { Contact } from '../../../../contracts/contacts.ts';
import { stages, type Stage } from '../../../../contracts/pipeline.ts';

type Props = {
  contact: Contact;
  onMove: (contact: Contact, stage: Stage) => void;
  buttonRef: Ref<HTMLButtonElement>;
  /** Open at once: the stand-in button was clicked while this loaded. */
  opened: boolean;
  buttonProps: ButtonProps;
};

export function MoveMenu({ contact, onMove, buttonRef, opened, buttonProps }: Props) {
  return (
    <Menu position="bottom-end" withinPortal defaultOpened={opened}>
      <Menu.Target>
        <Button ref={buttonRef} {...buttonProps} aria-label={`Move ${contact.name} to…`}>
          Move…
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Move to</Menu.Label>
        {(Object.keys(stages) as Stage[])
          .filter((stage) => stage !== contact.stage)
          .map((stage) => (
            <Menu.Item key={stage} onClick={() => onMove(contact, stage)}>
              {stages[stage]}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
