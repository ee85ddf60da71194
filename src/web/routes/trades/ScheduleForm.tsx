// Setting (or moving) a session's date, time and place; both members get a calendar invite.
import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { TradeSession } from '../../api/trades.ts';
import { useTransition } from './use-transition.ts';

/** 'YYYY-MM-DDTHH:mm' in local time, as a datetime-local input holds it. */
const localValue = (iso: string | null) => {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function ScheduleForm({ tradeId, session }: { tradeId: string; session: TradeSession }) {
  const { run, pending } = useTransition(tradeId);
  const [startsAt, setStartsAt] = useState(localValue(session.startsAt));
  const [location, setLocation] = useState(session.location);
  const [error, setError] = useState<string | null>(null);
  const which = session.side === 'mine' ? 'my session' : 'their session';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const date = new Date(startsAt);
    if (!startsAt || Number.isNaN(date.getTime())) return setError('Choose a date and time');
    run(
      {
        to: 'scheduled',
        session: session.side,
        startsAt: date.toISOString(),
        ...(location.trim() ? { location } : {}),
      },
      'Scheduled — you both get a calendar invite.',
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Schedule ${which}`}>
      <Group align="flex-end">
        <TextInput
          type="datetime-local"
          label="Date and time"
          required
          value={startsAt}
          error={error}
          onChange={(event) => {
            setStartsAt(event.currentTarget.value);
            setError(null);
          }}
        />
        <TextInput
          label="Location"
          placeholder="e.g. my practice, 12 Alder St"
          value={location}
          onChange={(event) => setLocation(event.currentTarget.value)}
        />
        <Button type="submit" variant="light" loading={pending}>
          {session.status === 'scheduled' ? 'Move' : 'Schedule'}
        </Button>
      </Group>
    </form>
  );
}
