// PDF and print view of the letter. Both open in a new tab: the tab is opened on the click itself
// (so pop-up blockers allow it) and pointed at the letter once any unsaved text is saved.
import { Button, Group } from '@mantine/core';
import type { Letter } from '../../../contracts/letters.ts';
import { letterPdfUrl, letterPrintUrl } from '../../api/letters.ts';

type Props = { save: () => Promise<Letter | null>; disabled?: boolean };

export function PrintedActions({ save, disabled = false }: Props) {
  const open = async (urlOf: (id: string) => string) => {
    const tab = window.open('about:blank', '_blank');
    const saved = await save();
    if (!saved) return tab?.close();
    if (tab) tab.location.href = urlOf(saved.id);
    else window.location.href = urlOf(saved.id);
  };
  return (
    <Group gap={6}>
      <Button size="compact-sm" variant="default" disabled={disabled} onClick={() => void open(letterPdfUrl)}>
        Download PDF
      </Button>
      <Button size="compact-sm" variant="default" disabled={disabled} onClick={() => void open(letterPrintUrl)}>
        Print view
      </Button>
    </Group>
  );
}
