// A letter of introduction on paper: letterhead, date, the recipient's address block, a "Re:" line,
// salutation, body, and a signed closing. The same blocks are measured (for the one-page warning
// shown while editing) and drawn, so the warning and the printed letter agree.
import {
  drawLetterhead,
  finish,
  newDocument,
  page,
  type FontName,
  type Letterhead,
  type PdfDocument,
} from '../../lib/pdf.ts';

export type LetterPrint = {
  letterhead: Letterhead;
  /** Already formatted, e.g. "March 4, 2026". */
  date: string;
  /** Name, organisation, street, "City, ST ZIP": the empty ones left out. */
  recipientLines: string[];
  subject: string;
  salutation: string;
  body: string;
  signature: { name: string; credentials: string[]; practiceName: string };
};

type Block = { text: string; font: FontName; size: number; gapBefore: number };

const width = page.width - 2 * page.margin;
const bottom = page.height - page.margin;

export const paragraphsOf = (body: string) =>
  body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

function blocksOf(letter: Omit<LetterPrint, 'letterhead'>): Block[] {
  const signed = [letter.signature.name, ...letter.signature.credentials].filter(Boolean).join(', ');
  return [
    { text: letter.date, font: 'body', size: 11, gapBefore: 0 },
    ...(letter.recipientLines.length
      ? [{ text: letter.recipientLines.join('\n'), font: 'body' as const, size: 11, gapBefore: 16 }]
      : []),
    { text: `Re: ${letter.subject}`, font: 'bold', size: 11, gapBefore: 16 },
    { text: letter.salutation, font: 'body', size: 11, gapBefore: 16 },
    ...paragraphsOf(letter.body).map((text) => ({ text, font: 'body' as const, size: 11, gapBefore: 9 })),
    { text: 'Warm regards,', font: 'body', size: 11, gapBefore: 16 },
    { text: signed, font: 'bold', size: 11, gapBefore: 30 },
    ...(letter.signature.practiceName
      ? [{ text: letter.signature.practiceName, font: 'body' as const, size: 10, gapBefore: 0 }]
      : []),
  ];
}

const height = (doc: PdfDocument, block: Pick<Block, 'text' | 'font' | 'size'>, blockWidth = width) =>
  doc.font(block.font).fontSize(block.size).heightOfString(block.text, { width: blockWidth });

// One document kept for measuring only: nothing is ever drawn on it, and loading fonts per
// measurement would cost more than the measuring.
let measuring: PdfDocument | null = null;

/** Where the body starts below the letterhead, as drawLetterhead lays it out. */
function letterheadBottom(doc: PdfDocument, head: Letterhead) {
  const top = page.margin - 24;
  const logoSize = 54;
  const textWidth = head.logoFile ? width - logoSize - 14 : width;
  const lines = [head.practiceName, head.street, head.contactLine].filter(Boolean);
  const textHeight =
    height(doc, { text: head.name, font: 'sansBold', size: 16 }, textWidth) +
    lines.reduce((sum, line) => sum + height(doc, { text: line, font: 'sans', size: 9 }, textWidth), 0);
  return Math.max(top + textHeight, top + (head.logoFile ? logoSize : 0)) + 8 + 18;
}

/** How many pages the letter prints on. */
export function measurePages(letter: LetterPrint): number {
  measuring ??= newDocument({ title: 'measure', author: 'Kneadwork' });
  const doc = measuring;
  let y = letterheadBottom(doc, letter.letterhead);
  let pages = 1;
  for (const block of blocksOf(letter)) {
    y += block.gapBefore;
    let remaining = height(doc, block);
    // A block that does not fit continues at the top of the next page (pdfkit breaks it by line).
    while (y + remaining > bottom) {
      remaining -= Math.max(0, bottom - y);
      pages++;
      y = page.margin;
    }
    y += remaining;
  }
  return pages;
}

export async function renderLetterPdf(letter: LetterPrint, logo: Buffer | null): Promise<Buffer> {
  const doc = newDocument({ title: letter.subject, author: letter.signature.name, subject: 'Letter of introduction' });
  drawLetterhead(doc, letter.letterhead, logo);
  for (const block of blocksOf(letter)) {
    doc.y += block.gapBefore;
    doc.font(block.font).fontSize(block.size).fillColor('#000000').text(block.text, page.margin, doc.y, { width });
  }
  return finish(doc);
}
