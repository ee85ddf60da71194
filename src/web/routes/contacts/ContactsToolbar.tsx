// The page's actions: add by hand, import a file, export everyone, find more nearby. "Export…"
// unfolds its two downloads in place (a plain disclosure, so the list page needs no menu code). It
// is always there, disabled while there is no one to export (or the list is still coming): a
// button that appeared with the list moved the others, and on a phone pushed the page down.
import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from '../../app/routing.tsx';
import { exportUrl } from '../../api/contacts.ts';

export function ContactsToolbar({ onAdd, canExport }: { onAdd: () => void; canExport: boolean }) {
  const [exporting, exportChoices] = useDisclosure(false);
  return (
    <Group gap="xs">
      <Button onClick={onAdd}>Add professional</Button>
      <Button component={Link} to="/contacts/import" variant="default">
        Import
      </Button>
      <Button
        variant="default"
        disabled={!canExport}
        aria-expanded={canExport && exporting}
        aria-controls="export-choices"
        onClick={exportChoices.toggle}
      >
        Export…
      </Button>
      <Button component={Link} to="/contacts/expand" variant="light">
        Expand my list
      </Button>
      {canExport && exporting && (
        <Group gap="xs" id="export-choices" role="group" aria-label="Download my list as" w="100%" justify="flex-end">
          <Button component="a" href={exportUrl('csv')} download variant="subtle" size="xs">
            CSV (Excel, Google Sheets)
          </Button>
          <Button component="a" href={exportUrl('vcf')} download variant="subtle" size="xs">
            vCard (phone and email contacts)
          </Button>
        </Group>
      )}
    </Group>
  );
}
