// Couples-partner requests near a postal code: a plain search (postal code and miles), nearest
// first with the distance; the hub's list shows every upcoming request until one is given.
import { Button, Group, NumberInput, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useCouplesNear, type CollaborationsHub } from '../../api/collaborations.ts';
import { FormAlert } from '../../components/FormAlert.tsx';

type Props = { all: CollaborationsHub['couples']; children: (items: CollaborationsHub['couples']) => ReactNode };

export function CouplesNear({ all, children }: Props) {
  const [typed, setTyped] = useState({ near: '', radius: 25 });
  const [search, setSearch] = useState({ near: '', radius: 25 });
  const found = useCouplesNear(search.near, search.radius);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch({ near: typed.near.trim(), radius: typed.radius });
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
          <NumberInput
            label="Within miles"
            value={typed.radius}
            min={1}
            max={500}
            onChange={(value) => setTyped({ ...typed, radius: Number(value) || 25 })}
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
