// One stage: its cards, and a drop target for cards dragged from another column.
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import type { Contact } from '../../../../contracts/contacts.ts';
import { stages, type Stage } from '../../../../contracts/pipeline.ts';
import { stageColors, stageHints } from '../stage-style.ts';
import { BoardCard, dragType } from './BoardCard.tsx';
import classes from './board.module.css';

type Props = {
  stage: Stage;
  contacts: Contact[];
  count: string;
  onMove: (contact: Contact, stage: Stage) => void;
  onDropId: (id: string, stage: Stage) => void;
  refocusId: string | null;
  onRefocused: () => void;
};

export function BoardColumn({ stage, contacts, count, onMove, onDropId, refocusId, onRefocused }: Props) {
  const [over, setOver] = useState(false);
  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(dragType);
  const titleId = `stage-${stage}`;
  return (
    <section
      className={classes.column}
      data-over={over}
      aria-labelledby={titleId}
      data-stage={stage}
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const id = event.dataTransfer.getData(dragType);
        if (id) onDropId(id, stage);
      }}
    >
      <Stack gap={0} px={4}>
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h6" id={titleId}>
            {stages[stage]}
          </Title>
          <Badge
            size="sm"
            color={stageColors[stage]}
            variant="light"
            style={{ flexShrink: 0 }}
            aria-label={`${count} in ${stages[stage]}`}
          >
            {count}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {stageHints[stage]}
        </Text>
      </Stack>
      <ul className={classes.cards} aria-labelledby={titleId}>
        {contacts.map((contact) => (
          <BoardCard
            key={contact.id}
            contact={contact}
            onMove={onMove}
            refocus={contact.id === refocusId}
            onRefocused={onRefocused}
          />
        ))}
      </ul>
    </section>
  );
}
