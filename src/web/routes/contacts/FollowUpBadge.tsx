import { Badge } from '@mantine/core';
import { dueOf, formatDay } from './dates.ts';

/** "Follow up Mar 4", red when overdue, green when today. */
export function FollowUpBadge({ day }: { day: string }) {
  const due = dueOf(day);
  const color = due === 'overdue' ? 'red' : due === 'today' ? 'sage' : 'gray';
  const label =
    due === 'today' ? 'Follow up today' : `Follow up ${formatDay(day)}${due === 'overdue' ? ' (overdue)' : ''}`;
  return (
    <Badge color={color} variant={due === 'later' ? 'outline' : 'light'} tt="none" fw={500} style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}
