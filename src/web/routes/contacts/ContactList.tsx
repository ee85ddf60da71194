// The list, grouped by profession in the taxonomy's order, each group with its count.
import { Center, Stack, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { Contact, ContactList as ContactListData } from '../../../contracts/contacts.ts';
import { professions } from '../../../contracts/taxonomy.ts';
import { ContactRow } from './ContactRow.tsx';

// Most lists are one page: the page numbers load only for a list that has more.
const ContactPages = lazy(async () => ({ default: (await import('./ContactPages.tsx')).ContactPages }));

const order = Object.keys(professions);
const labelOf = (profession: string) => professions[profession as keyof typeof professions] ?? profession;

function groupByProfession(items: Contact[]) {
  const groups = new Map<string, Contact[]>();
  for (const item of items) groups.set(item.profession, [...(groups.get(item.profession) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
}

type Props = { result: ContactListData; page: number; onPage: (page: number) => void };

export function ContactList({ result, page, onPage }: Props) {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <Stack gap="lg">
      {groupByProfession(result.items).map(([profession, items]) => (
        <Stack key={profession} gap="xs" component="section" aria-labelledby={`group-${profession}`}>
          <Title order={2} size="h5" id={`group-${profession}`} c="sage.9">
            {labelOf(profession)}{' '}
            <span style={{ color: 'var(--mantine-color-dimmed)', fontWeight: 500 }}>· {items.length}</span>
          </Title>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((contact) => (
              <li key={contact.id}>
                <ContactRow contact={contact} />
              </li>
            ))}
          </Stack>
        </Stack>
      ))}
      {pages > 1 && (
        <Center>
          <Suspense fallback={null}>
            <ContactPages pages={pages} page={page} onPage={onPage} />
          </Suspense>
        </Center>
      )}
    </Stack>
  );
}
