// Couples-partner requests near a postal code: a plain search (postal code and miles), nearest
// first with the distance; the hub's list shows every upcoming request until one is given.
import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useCouplesNear, type CollaborationsHub } from '../../api/collaborations.ts';
import { FormAlert } from '../../components/FormAlert.tsx';

type Props = { all: CollaborationsHub['couples']; children: (items: CollaborationsHub['couples']) => ReactNode };

export function CouplesNear({ all, children }: Props) {
  const [typed, setTyped] = useState({ near: '', radius: '25' });
  const [search, setSearch] = useState({ near: '', radius: 25 });
  const found = useCouplesNear(search.near, search.radius);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch({ near: typed.near.trim(), radius: Number(typed.radius) || 25 });
  };
  return (
    <>
      <form onSubmit={submit} aria-label="Find partners near a postal code">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Near postal code"
            value={typed.near}
            onChange={(event) => setTyped({ ...typed, near: event.currentTarget.value })}
            w={160}
          />
          {/* A plain number field: Mantine's NumberInput would add to the hub's first load. */}
          <TextInput
            type="number"
            label="Within miles"
            value={typed.radius}
            min={1}
            max={500}
            onChange={(event) => setTyped({ ...typed, radius: event.currentTarget.value })}
            w={120}
          />
          <Button type="submit" variant="default">
            Search
          </Button>
        </Group>
      </form>
      <FormAlert message={found.error?.message ?? null} />
      {children(search.near && found.data ? found.data.items : all)}
    </>
  );
}
