// Step 2: every row read from the file, with a select-all box, a "needs a look" filter and pages
// of 100 so a file of thousands stays quick.
import { Center, Checkbox, Pagination, SegmentedControl, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import type { ImportAction, ImportPreview } from '../../../api/contacts.ts';
import { importable, includedAction, needsALook, type Choices } from './import-choices.ts';
import { PreviewRow } from './PreviewRow.tsx';
import { WideTable } from '../../../components/WideTable.tsx';

const pageSize = 100;

type Props = { preview: ImportPreview; choices: Choices; onChoices: (choices: Choices) => void };

export function PreviewTable({ preview, choices, onChoices }: Props) {
  const [only, setOnly] = useState<'all' | 'look'>('all');
  const [page, setPage] = useState(1);
  const rows = only === 'look' ? preview.rows.filter(needsALook) : preview.rows;
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  const selectable = preview.rows.filter(importable);
  const selected = selectable.filter((row) => choices[row.index] !== 'skip').length;
  const setAll = (on: boolean) =>
    onChoices(
      Object.fromEntries(preview.rows.map((row) => [row.index, on && importable(row) ? includedAction(row) : 'skip'])),
    );
  const setOne = (index: number, action: ImportAction) => onChoices({ ...choices, [index]: action });
  const lookCount = preview.rows.filter(needsALook).length;

  return (
    <Stack gap="sm">
      {lookCount > 0 && (
        <SegmentedControl
          aria-label="Rows to show"
          w="fit-content"
          value={only}
          onChange={(value) => {
            setOnly(value === 'look' ? 'look' : 'all');
            setPage(1);
          }}
          data={[
            { value: 'all', label: `All rows (${preview.rows.length})` },
            { value: 'look', label: `Needs a look (${lookCount})` },
          ]}
        />
      )}
      <WideTable label={`Contacts read from ${preview.fileName}`} minWidth={760}>
        <Table
          striped={false}
          highlightOnHover
          verticalSpacing="xs"
          aria-label={`Contacts read from ${preview.fileName}`}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select all rows that can be imported"
                  checked={selectable.length > 0 && selected === selectable.length}
                  indeterminate={selected > 0 && selected < selectable.length}
                  disabled={selectable.length === 0}
                  onChange={(event) => setAll(event.currentTarget.checked)}
                />
              </Table.Th>
              <Table.Th w={48}>Row</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Profession</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Phone</Table.Th>
              <Table.Th>What happens</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <PreviewRow
                key={row.index}
                row={row}
                action={choices[row.index] ?? 'skip'}
                onChange={(action) => setOne(row.index, action)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </WideTable>
      {pages > 1 && (
        <Center>
          <Pagination total={pages} value={page} onChange={setPage} aria-label="Pages of the preview" />
        </Center>
      )}
    </Stack>
  );
}
