// The page's actions: add by hand, import a file, export everyone, find more nearby.
import { Button, Group, Menu } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import { exportUrl } from '../../api/contacts.ts';

export function ContactsToolbar({ onAdd, canExport }: { onAdd: () => void; canExport: boolean }) {
  return (
    <Group gap="xs">
      <Button onClick={onAdd}>Add professional</Button>
      <Button component={Link} to="/contacts/import" variant="default">
        Import
      </Button>
      {canExport && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="default">Export…</Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Download my list as</Menu.Label>
            <Menu.Item component="a" href={exportUrl('csv')} download>
              CSV (Excel, Google Sheets)
            </Menu.Item>
            <Menu.Item component="a" href={exportUrl('vcf')} download>
              vCard (phone and email contacts)
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      <Button component={Link} to="/contacts/expand" variant="light">
        Expand my list
      </Button>
    </Group>
  );
}
