// A table wider than a phone scrolls inside its own box, never the page (WCAG 1.4.10 Reflow). The
// box is a named region in the tab order, so keyboard users can scroll it with the arrow keys too.
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export function WideTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} role="region" aria-label={label} tabIndex={0}>
      {children}
    </Table.ScrollContainer>
  );
}
