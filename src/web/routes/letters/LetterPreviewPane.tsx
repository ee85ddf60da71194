// The preview column: the page as it will print, whether it still fits on one page, and the
// actions on the printed form (PDF, print view).
import { Alert, Box, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { LetterParts } from './letter-layout.ts';
import { LetterSheet } from './LetterSheet.tsx';

type Props = { parts: LetterParts; pages: number; actions?: ReactNode; label?: string };

export function LetterPreviewPane({ parts, pages, actions, label = 'Live preview of the letter' }: Props) {
  const tooLong = pages > 1;
  return (
    <Box className="preview-sticky" component="aside" aria-label={label}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Text size="sm" fw={600} c="dimmed" tt="uppercase">
          Live preview
        </Text>
        {actions}
      </Group>
      <div role="status" aria-live="polite">
        {tooLong ? (
          <Alert color="orange" variant="light" mb="sm" title={`This letter runs to about ${pages} pages`}>
            A letter of introduction works best on one page. Shorten a paragraph or two — the orange line shows where
            page 1 ends.
          </Alert>
        ) : (
          <Text size="xs" c="dimmed" mb="xs">
            Fits on one page.
          </Text>
        )}
      </div>
      <LetterSheet parts={parts} pastOnePage={tooLong} />
    </Box>
  );
}
