// One row of the preview: what was read, its problems (in red), and what will happen to it.
import { Checkbox, NativeSelect, Stack, Table, Text } from '@mantine/core';
import type { ImportAction, ImportRow } from '../../../api/contacts.ts';
import { professions } from '../../../../contracts/taxonomy.ts';
import { importable, includedAction } from './import-choices.ts';

type Props = { row: ImportRow; action: ImportAction; onChange: (action: ImportAction) => void };

function Outcome({ row, action, onChange }: Props) {
  const name = row.contact.name || `row ${row.index + 1}`;
  if (!importable(row))
    return (
      <Stack gap={2}>
        <Text size="sm" c="red.8" fw={600}>
          Cannot be imported
        </Text>
        {row.problems.map((problem) => (
          <Text key={`${problem.field}:${problem.message}`} size="xs" c="red.8">
            {problem.field ? `${problem.field}: ` : ''}
            {problem.message}
          </Text>
        ))}
      </Stack>
    );
  if (row.duplicateOf)
    return (
      <NativeSelect
        size="xs"
        aria-label={`What to do with ${name}`}
        description={`Already on your list as ${row.duplicateOf.name}`}
        value={action}
        onChange={(event) => onChange(event.currentTarget.value as ImportAction)}
        data={[
          { value: 'merge', label: `Merge into ${row.duplicateOf.name}` },
          { value: 'import', label: 'Import as new' },
          { value: 'skip', label: 'Skip' },
        ]}
      />
    );
  if (row.duplicateInFile !== null)
    return (
      <Text size="sm" c="orange.9">
        Same as row {row.duplicateInFile + 1} of this file{action === 'skip' ? ' — skipped' : ''}
      </Text>
    );
  return (
    <Text size="sm" c={action === 'skip' ? 'dimmed' : 'sage.9'}>
      {action === 'skip' ? 'Skip' : 'New'}
    </Text>
  );
}

export function PreviewRow({ row, action, onChange }: Props) {
  const name = row.contact.name || `row ${row.index + 1}`;
  const profession = row.contact.profession
    ? (professions[row.contact.profession as keyof typeof professions] ?? row.contact.profession)
    : '—';
  return (
    <Table.Tr bg={importable(row) ? undefined : 'red.0'} data-testid="import-row">
      <Table.Td>
        <Checkbox
          aria-label={`Import ${name}`}
          checked={importable(row) && action !== 'skip'}
          disabled={!importable(row)}
          onChange={(event) => onChange(event.currentTarget.checked ? includedAction(row) : 'skip')}
        />
      </Table.Td>
      <Table.Td c="dimmed">{row.index + 1}</Table.Td>
      <Table.Td fw={500}>
        {row.contact.name || (
          <Text span c="red.8">
            (no name)
          </Text>
        )}
      </Table.Td>
      <Table.Td>{profession}</Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.contact.email || '—'}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.contact.phone || '—'}</Table.Td>
      <Table.Td miw={200}>
        <Outcome row={row} action={action} onChange={onChange} />
      </Table.Td>
    </Table.Tr>
  );
}
