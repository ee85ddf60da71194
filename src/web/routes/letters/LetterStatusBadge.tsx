// Where a letter stands, in a word and a colour; the details (error, address) sit beside it.
import { Badge } from '@mantine/core';
import type { LetterStatus } from '../../../contracts/letters.ts';

const looks: Record<LetterStatus, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  queued: { label: 'Sending', color: 'blue' },
  sent: { label: 'Sent', color: 'sage' },
  failed: { label: 'Failed', color: 'red' },
  logged: { label: 'In dev outbox', color: 'grape' },
  delivered: { label: 'Delivered', color: 'teal' },
};

export function LetterStatusBadge({ status }: { status: LetterStatus }) {
  const look = looks[status];
  return (
    <Badge color={look.color} variant="light" tt="none" fw={600} style={{ flexShrink: 0 }}>
      {look.label}
    </Badge>
  );
}
