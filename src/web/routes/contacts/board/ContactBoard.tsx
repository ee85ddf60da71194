// The outreach pipeline as a board: one column per stage, cards dragged between them (native
// HTML5 drag and drop) or moved with each card's menu. Moves are announced to screen readers.
import { Text, VisuallyHidden } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { Contact, ContactList } from '../../../../contracts/contacts.ts';
import { stages, type Stage } from '../../../../contracts/pipeline.ts';
import { BoardColumn } from './BoardColumn.tsx';
import classes from './board.module.css';
import { useMoveStage } from './use-move-stage.ts';

const columns = Object.keys(stages) as Stage[];

/**
 * A column's count: what is on the board when it holds everyone; otherwise the stage's total
 * over my whole list when unfiltered (the API counts those), or "at least" what is shown.
 */
function countOf(result: ContactList, loaded: number, stage: Stage, filtered: boolean) {
  if (result.items.length >= result.total) return String(loaded);
  return filtered ? `${loaded}+` : String(result.byStage[stage] ?? loaded);
}

export function ContactBoard({ result, filtered }: { result: ContactList; filtered: boolean }) {
  const move = useMoveStage();
  const [announcement, setAnnouncement] = useState('');
  // The card moved from its menu gets the focus back on its Move button in the new column.
  const [refocus, setRefocus] = useState<{ id: string; stage: Stage } | null>(null);
  const onRefocused = useCallback(() => setRefocus(null), []);
  const onMenuMove = (contact: Contact, stage: Stage) => {
    setRefocus({ id: contact.id, stage });
    onMove(contact, stage);
  };
  const onMove = (contact: Contact, stage: Stage) => {
    if (contact.stage === stage) return;
    setAnnouncement(`${contact.name} moved to ${stages[stage]}.`);
    move.mutate(
      { contact, stage },
      { onError: () => setAnnouncement(`${contact.name} was not moved; it is back in ${stages[contact.stage]}.`) },
    );
  };
  const onDropId = (id: string, stage: Stage) => {
    const contact = result.items.find((item) => item.id === id);
    if (contact) onMove(contact, stage);
  };
  return (
    <>
      {result.total > result.items.length && (
        <Text size="sm" c="dimmed">
          The board shows the first {result.items.length} of {result.total}, by name. Use the filters to find the rest.
        </Text>
      )}
      <Text size="xs" c="dimmed" hiddenFrom="md">
        Swipe sideways to see every stage. Use “Move…” on a card to change its stage.
      </Text>
      <div className={classes.board} data-testid="contact-board">
        {columns.map((stage) => {
          const contacts = result.items.filter((item) => item.stage === stage);
          return (
            <BoardColumn
              key={stage}
              stage={stage}
              contacts={contacts}
              count={countOf(result, contacts.length, stage, filtered)}
              onMove={onMenuMove}
              onDropId={onDropId}
              refocusId={refocus?.stage === stage ? refocus.id : null}
              onRefocused={onRefocused}
            />
          );
        })}
      </div>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </>
  );
}
