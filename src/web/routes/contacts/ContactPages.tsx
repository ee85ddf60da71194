// The list's page numbers: only a long list has them, so they load with it (ContactList.tsx).
import { Pagination } from '@mantine/core';

export function ContactPages({ pages, page, onPage }: { pages: number; page: number; onPage: (page: number) => void }) {
  return <Pagination total={pages} value={page} onChange={onPage} aria-label="Pages of my professionals" />;
}
