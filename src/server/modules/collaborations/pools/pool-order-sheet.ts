// The organizer's order sheet: who owes what, at the unit price the total reached (final once the
// pool closed), and the totals to order from the supplier. CSV through csv-stringify (formula-safe
// cells, a BOM for Excel) and PDF through lib/pdf. No payment is taken: the sheet says who owes what.
import { stringify } from 'csv-stringify/sync';
import { formatCents } from '../../../../contracts/pool-pricing.ts';
import { finish, newDocument, page } from '../../../lib/pdf.ts';
import { defuse } from '../../../lib/spreadsheet-cells.ts';
import type { PoolRow } from './pools.repository.ts';
import { currentUnitPrice } from './pools.mapper.ts';

export type SheetLine = { name: string; quantity: number; amount: number };
export type OrderSheet = { pool: PoolRow; unitPrice: number; lines: SheetLine[]; totalQuantity: number; total: number };

const statusLine: Record<string, string> = {
  open: 'Open: totals may still change until the deadline',
  'going-ahead': 'Going ahead: final',
  lapsed: 'Lapsed: below the minimum, nothing is owed',
  cancelled: 'Cancelled: nothing is owed',
};

export function orderSheet(pool: PoolRow, pledges: { name: string; quantity: number }[]): OrderSheet {
  const unitPrice = currentUnitPrice(pool);
  const lines = pledges.map((pledge) => ({ ...pledge, amount: pledge.quantity * unitPrice }));
  const totalQuantity = lines.reduce((sum, line) => sum + line.quantity, 0);
  return { pool, unitPrice, lines, totalQuantity, total: totalQuantity * unitPrice };
}

export const sheetFileName = (sheet: OrderSheet, extension: 'csv' | 'pdf') =>
  `order-sheet-${sheet.pool.deadline.toISOString().slice(0, 10)}-${sheet.pool.id.slice(0, 8)}.${extension}`;

export function orderSheetCsv(sheet: OrderSheet) {
  const money = (cents: number) => (cents / 100).toFixed(2);
  const rows = [
    ['Member', 'Quantity', 'Unit price', 'Owes'],
    ...sheet.lines.map((line) => [defuse(line.name), line.quantity, money(sheet.unitPrice), money(line.amount)]),
    ['Total', sheet.totalQuantity, money(sheet.unitPrice), money(sheet.total)],
  ];
  return `\uFEFF${stringify(rows, { record_delimiter: 'windows', quoted_match: /[\r\n]/ })}`;
}

export function orderSheetPdf(sheet: OrderSheet, organizer: string): Promise<Buffer> {
  const { pool } = sheet;
  const doc = newDocument({ title: `Order sheet: ${pool.title}`, author: organizer, subject: 'Group purchase' });
  doc.font('sansBold').fontSize(16).text(`Order sheet: ${pool.title}`);
  doc.font('sans').fontSize(10).moveDown(0.5);
  doc.text(`Item: ${pool.item}`);
  doc.text(`Supplier: ${pool.supplier}`);
  doc.text(`Organizer: ${organizer}`);
  doc.text(`Deadline: ${pool.deadline.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  doc.text(`Status: ${statusLine[pool.status] ?? pool.status}`);
  doc.text(`Unit price: ${formatCents(sheet.unitPrice)} (list price ${formatCents(pool.listPrice)})`);
  doc.moveDown();
  const columns = [page.margin, page.margin + 260, page.margin + 340, page.margin + 420];
  const row = (cells: string[], bold = false) => {
    if (doc.y > page.height - page.margin - 16) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'sansBold' : 'sans');
    cells.forEach((cell, index) =>
      doc.text(cell, columns[index], y, { width: index === 0 ? 250 : 70, lineBreak: false }),
    );
    doc.x = page.margin;
    doc.y = y + 16;
  };
  row(['Member', 'Quantity', 'Unit price', 'Owes'], true);
  for (const line of sheet.lines)
    row([line.name, String(line.quantity), formatCents(sheet.unitPrice), formatCents(line.amount)]);
  row(['Total', String(sheet.totalQuantity), '', formatCents(sheet.total)], true);
  doc.moveDown();
  doc
    .font('sans')
    .fontSize(9)
    .text('No payment is taken in Kneadwork: each member pays the organizer directly.', page.margin);
  return finish(doc);
}
