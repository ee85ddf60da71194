// How many printed pages a letter takes, estimated as the person types so the warning appears
// before they save. It follows the PDF's layout (US Letter, 1-inch margins, 11 pt DejaVu Serif,
// the same gaps between blocks as the server's letter-pdf.ts) and wraps words at an average
// character width; the server's count from the real fonts is shown once the letter is saved.

const point = { pageHeight: 792, margin: 72, textWidth: 468 } as const;
/** pdfkit's line height for DejaVu at 1 pt (ascender + descender). */
const lineFactor = 1.164;
/** The average advance of a character of English text in DejaVu Serif, in ems (measured with pdfkit on our templates; agrees with the server on 366 test letters). */
const averageEm = 0.516;
const averageEmBold = 0.57;

function linesOf(text: string, size: number, em = averageEm): number {
  const perLine = Math.floor(point.textWidth / (size * em));
  let lines = 0;
  for (const line of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of line.split(/\s+/).filter(Boolean)) {
      if (used > 0 && used + 1 + word.length > perLine) {
        lines++;
        used = word.length;
      } else used += (used > 0 ? 1 : 0) + word.length;
      for (; used > perLine; used -= perLine) lines++;
    }
  }
  return lines;
}

const blockHeight = (text: string, size: number, em?: number) => linesOf(text, size, em) * size * lineFactor;

export type PageInput = {
  letterheadLines: number;
  hasLogo: boolean;
  recipientLines: string[];
  subject: string;
  salutation: string;
  body: string;
  signedName: string;
  practiceName: string;
};

/** Where the first block starts below the letterhead (as lib/pdf.ts draws it). */
function letterheadBottom(input: PageInput) {
  const top = point.margin - 24;
  const text = 16 * lineFactor + input.letterheadLines * 9 * lineFactor;
  return Math.max(top + text, top + (input.hasLogo ? 54 : 0)) + 8 + 18;
}

export function estimatePages(input: PageInput): number {
  const paragraphs = input.body
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  const blocks: [gapBefore: number, height: number][] = [
    [0, blockHeight('date', 11)],
    ...(input.recipientLines.length ? [[16, input.recipientLines.length * 11 * lineFactor] as [number, number]] : []),
    [16, blockHeight(`Re: ${input.subject}`, 11, averageEmBold)],
    [16, blockHeight(input.salutation || ' ', 11)],
    ...paragraphs.map((paragraph) => [9, blockHeight(paragraph, 11)] as [number, number]),
    [16, 11 * lineFactor],
    [30, blockHeight(input.signedName || ' ', 11, averageEmBold)],
    ...(input.practiceName ? [[0, 10 * lineFactor] as [number, number]] : []),
  ];
  const bottom = point.pageHeight - point.margin;
  let y = letterheadBottom(input);
  let pages = 1;
  for (const [gap, height] of blocks) {
    y += gap;
    let remaining = height;
    while (y + remaining > bottom) {
      remaining -= Math.max(0, bottom - y);
      pages++;
      y = point.margin;
    }
    y += remaining;
  }
  return pages;
}
