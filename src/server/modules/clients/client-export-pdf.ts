// The printed client record: the same export the JSON carries, in plain words, one heading per
// part, dates in the therapist's time zone. Sections other modules contribute are drawn generically
// as label/value lists (their keys turned into words), so a new section prints without code here.
import type { ClientExport } from '../../../contracts/client-lifecycle.ts';
import { consentMethods, shareScopes, type SharedWith } from '../../../contracts/clients.ts';
import { finish, newDocument, page, type PdfDocument } from '../../lib/pdf.ts';
import { formatInZone } from '../../lib/zoned-time.ts';

const width = page.width - 2 * page.margin;
const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** "dateOfBirth" → "Date of birth", "soap_notes" → "Soap notes". */
export const words = (key: string) => {
  const spaced = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

function heading(doc: PdfDocument, title: string) {
  doc.moveDown(1).font('sansBold').fontSize(13).fillColor('#1f3b2d').text(title, page.margin, doc.y, { width });
  doc.moveDown(0.3).font('body').fontSize(10.5).fillColor('#000000');
}

function pair(doc: PdfDocument, label: string, value: string, indent = 0) {
  doc
    .font('sansBold')
    .fontSize(10)
    .text(`${label}: `, page.margin + indent, doc.y, { width: width - indent, continued: true })
    .font('body')
    .fontSize(10.5)
    .text(value || '—');
}

function sharedWithWords(shared: SharedWith) {
  switch (shared.kind) {
    case 'member':
    case 'contact':
      return shared.displayName;
    case 'profession':
      return `any ${shared.profession}`;
    case 'any-referral':
      return 'any referral';
  }
}

export async function renderClientExport(record: ClientExport, zone: string): Promise<Buffer> {
  const when = (value: string | null) => (value ? formatInZone(value, zone) : '');
  // Generic values: ISO moments in the therapist's zone, the rest as text; nested parts indented.
  const drawValue = (label: string, value: unknown, indent: number) => {
    if (value === null || value === undefined || value === '') return pair(doc, label, '—', indent);
    if (Array.isArray(value)) {
      if (value.every((item) => typeof item !== 'object' || item === null))
        return pair(doc, label, value.map(String).join(', '), indent);
      doc
        .font('sansBold')
        .fontSize(10)
        .text(`${label}`, page.margin + indent, doc.y, { width: width - indent });
      value.forEach((item, index) => drawValue(`${index + 1}`, item, indent + 12));
      return;
    }
    if (typeof value === 'object') {
      doc
        .font('sansBold')
        .fontSize(10)
        .text(label, page.margin + indent, doc.y, { width: width - indent });
      for (const [key, inner] of Object.entries(value)) drawValue(words(key), inner, indent + 12);
      return;
    }
    if (typeof value === 'boolean') return pair(doc, label, value ? 'Yes' : 'No', indent);
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return pair(doc, label, isoMoment.test(text) ? when(text) : text, indent);
  };

  const { client } = record;
  const doc = newDocument({
    title: `Client record: ${client.name}`,
    author: record.therapist.name,
    subject: 'The whole client record, exported from Kneadwork',
  });
  doc.font('sansBold').fontSize(18).fillColor('#1f3b2d').text(`Client record: ${client.name}`, { width });
  doc
    .font('body')
    .fontSize(10)
    .fillColor('#333333')
    .text(`Kept by ${record.therapist.name}. Printed ${when(record.exportedAt)}.`, { width });
  doc.text(`Times are shown in ${zone}.`, { width }).fillColor('#000000');

  heading(doc, 'The client');
  pair(doc, 'Name', client.name);
  pair(doc, 'Date of birth', client.dateOfBirth ?? '');
  pair(doc, 'Email', client.email);
  pair(doc, 'Phone', client.phone);
  pair(doc, 'Notes', client.notes);
  pair(doc, 'Added', when(client.createdAt));
  if (client.archivedAt) pair(doc, 'Archived', when(client.archivedAt));

  heading(doc, 'Consents to share');
  if (!record.consents.length) doc.text('No consents recorded.', { width });
  for (const consent of record.consents) {
    doc.moveDown(0.4);
    pair(doc, 'Shared with', sharedWithWords(consent.sharedWith));
    pair(doc, 'What', consent.scope.map((scope) => shareScopes[scope]).join('; '));
    pair(doc, 'Given', `${when(consent.givenAt)}, ${consentMethods[consent.method].toLowerCase()}`);
    if (consent.witnessName) pair(doc, 'Witness', consent.witnessName);
    if (consent.expiresOn) pair(doc, 'Last day', consent.expiresOn);
    if (consent.note) pair(doc, 'Note', consent.note);
    pair(
      doc,
      'Status',
      consent.status === 'withdrawn'
        ? `withdrawn ${when(consent.withdrawnAt)}${consent.withdrawalReason ? ` (${consent.withdrawalReason})` : ''}`
        : consent.status,
    );
  }

  for (const section of record.sections) {
    heading(doc, section.label);
    if (section.data === null || section.data === undefined || (Array.isArray(section.data) && !section.data.length))
      doc.text('Nothing recorded.', { width });
    else if (Array.isArray(section.data))
      section.data.forEach((item, index) => {
        doc.moveDown(0.4);
        drawValue(`${index + 1}`, item, 0);
      });
    else if (typeof section.data === 'object')
      for (const [key, value] of Object.entries(section.data)) drawValue(words(key), value, 0);
    else drawValue(section.label, section.data, 0);
  }

  heading(doc, 'Who read the record');
  for (const entry of record.accessLog)
    doc
      .font('body')
      .fontSize(10)
      .text(`${when(entry.at)} — ${entry.actorLabel} ${entry.action}`, page.margin, doc.y, {
        width,
      });

  // Page numbers, on every page once the content is laid out.
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would start a new page; the footer lives there.
    doc.page.margins.bottom = 0;
    doc
      .font('sans')
      .fontSize(8)
      .fillColor('#555555')
      .text(`${client.name} — page ${i + 1} of ${range.count}`, page.margin, page.height - page.margin / 2, {
        width,
        align: 'center',
        lineBreak: false,
      });
  }
  return finish(doc);
}
