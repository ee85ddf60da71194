// One contact on the board: draggable with a mouse, or moved with the "Move" menu from the keyboard.
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../../app/routing.tsx';
import type { Contact } from '../../../../contracts/contacts.ts';
import type { Stage } from '../../../../contracts/pipeline.ts';
import { professions } from '../../../../contracts/taxonomy.ts';
import { intentLoader, OnIntent } from '../../../components/OnIntent.tsx';
import { FollowUpBadge } from '../FollowUpBadge.tsx';
import classes from './board.module.css';

export const dragType = 'application/x-kneadwork-contact';

// The menu (Mantine's Menu, with floating-ui) loads when a person reaches for a card's "Move…".
const moveMenu = intentLoader(() => import('./MoveMenu.tsx'));
const moveButtonLook = { size: 'compact-xs', variant: 'subtle', color: 'gray' } as const;

/** `refocus`: this card was just moved from the keyboard; it mounts in its new column and takes the focus back. */
type Props = {
  contact: Contact;
  onMove: (contact: Contact, stage: Stage) => void;
  refocus?: boolean;
  onRefocused?: () => void;
};

export function BoardCard({ contact, onMove, refocus = false, onRefocused }: Props) {
  const [dragging, setDragging] = useState(false);
  const moveButton = useRef<HTMLButtonElement>(null);
  // A moved card is a new element in another column: the focus it had would fall to the page.
  useEffect(() => {
    if (!refocus) return;
    moveButton.current?.focus();
    onRefocused?.();
  }, [refocus, onRefocused]);
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="xs"
      shadow="xs"
      className={classes.card}
      data-dragging={dragging}
      data-testid="board-card"
      aria-label={contact.name}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(dragType, contact.id);
        event.dataTransfer.setData('text/plain', contact.name);
        event.dataTransfer.effectAllowed = 'move';
        setDragging(true);
      }}
      onDragEnd={() => setDragging(false)}
    >
      <Stack gap={4}>
        <Anchor
          component={Link}
          to={`/contacts/${contact.id}`}
          fw={600}
          size="sm"
          draggable={false}
          style={{ overflowWrap: 'anywhere' }}
        >
          {contact.name}
        </Anchor>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {[professions[contact.profession], contact.organisation].filter(Boolean).join(' · ')}
        </Text>
        {contact.followUpOn && <FollowUpBadge day={contact.followUpOn} />}
        <Group justify="flex-end">
          <OnIntent
            loader={moveMenu}
            standIn={
              <Button ref={moveButton} {...moveButtonLook} aria-label={`Move ${contact.name} to…`}>
                Move…
              </Button>
            }
          >
            {(module, intent) => (
              <module.MoveMenu
                contact={contact}
                onMove={onMove}
                buttonRef={moveButton}
                opened={intent.clicked}
                buttonProps={moveButtonLook}
              />
            )}
          </OnIntent>
        </Group>
      </Stack>
    </Paper>
  );
}
