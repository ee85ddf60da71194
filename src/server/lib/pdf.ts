// Thin wrapper over pdfkit for every document Kneadwork prints (letters, certificates, later
// referral letters): US Letter pages, DejaVu fonts embedded (subset) so text is extractable and
// looks the same everywhere, and the member's letterhead with their logo.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type * as Fontkit from 'fontkit';
import { createRequire } from 'node:module';
import path from 'node:path';
import type PDFDocument from 'pdfkit';
import { createTtlCache } from './ttl-cache.ts';

const require = createRequire(import.meta.url);
// pdfkit and fontkit, with the Unicode tables they unpack, take ~0.1 s to load: loaded with the
// first document rather than at start-up (cold start). require() keeps newDocument synchronous.
let pdfkit: { PDFDocument: typeof PDFDocument; fontkit: typeof Fontkit } | undefined;
const libraries = () =>
  (pdfkit ??= { PDFDocument: require('pdfkit') as typeof PDFDocument, fontkit: require('fontkit') as typeof Fontkit });

const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const fonts = {
  body: path.join(fontDir, 'DejaVuSerif.ttf'),
  bold: path.join(fontDir, 'DejaVuSerif-Bold.ttf'),
  italic: path.join(fontDir, 'DejaVuSerif-Italic.ttf'),
  sans: path.join(fontDir, 'DejaVuSans.ttf'),
  sansBold: path.join(fontDir, 'DejaVuSans-Bold.ttf'),
  mono: path.join(fontDir, 'DejaVuSansMono-Bold.ttf'),
} as const;
export type FontName = keyof typeof fonts;

export type PdfDocument = InstanceType<typeof PDFDocument>;
/** 72 points to the inch; US Letter is 8.5 × 11 in. */
export const page = { width: 612, height: 792, margin: 72 } as const;

type FontSource = Parameters<PdfDocument['registerFont']>[1];
// Parsing a TrueType font and its layout tables costs ~8 ms per font per document — most of a
// letter's time in a mail merge. pdfkit accepts an already-parsed fontkit font (its own parser),
// so each is parsed once per process and shared; documents only read it and build their own subsets.
let sharedFonts: Record<string, FontSource> | null = null;
function parsedFonts() {
  const { fontkit } = libraries();
  sharedFonts ??= Object.fromEntries(
    Object.entries(fonts).map(([name, file]) => [name, fontkit.create(readFileSync(file)) as unknown as FontSource]),
  );
  return sharedFonts;
}

export function newDocument(info: { title: string; author: string; subject?: string }): PdfDocument {
  const { PDFDocument } = libraries();
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: page.margin,
    info: { Title: info.title, Author: info.author, Subject: info.subject ?? '', Creator: 'Kneadwork' },
    bufferPages: true,
  });
  for (const [name, source] of Object.entries(parsedFonts())) doc.registerFont(name, source);
  doc.font('body');
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function finish(doc: PdfDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export type Letterhead = {
  name: string;
  practiceName: string;
  /** Street address line, may be empty. */
  street: string;
  /** "City, ST ZIP | phone | email", already joined, parts that are empty left out. */
  contactLine: string;
  /** A stored upload's file name (see lib/images.ts), or null. */
  logoFile: string | null;
};

// pdfkit embeds PNG and JPEG only; logos may be WebP. Converted once and kept, since a mail merge
// prints the same logo hundreds of times.
const logoCache = createTtlCache<Promise<Buffer | null>>(10 * 60_000, 200);
export function logoForPdf(uploadDir: string, file: string | null): Promise<Buffer | null> {
  if (!file) return Promise.resolve(null);
  const cached = logoCache.get(file);
  if (cached) return cached;
  // sharp is loaded with the first logo rather than at start-up (cold start).
  const loading = Promise.all([readFile(path.join(uploadDir, file)), import('sharp')])
    .then(([bytes, { default: sharp }]) =>
      sharp(bytes).resize({ width: 360, height: 360, fit: 'inside', withoutEnlargement: true }).png().toBuffer(),
    )
    .catch(() => null);
  logoCache.set(file, loading);
  return loading;
}

/** Draws the letterhead at the top of the current page and leaves the cursor below its rule. */
export function drawLetterhead(doc: PdfDocument, head: Letterhead, logo: Buffer | null) {
  const top = page.margin - 24;
  const logoSize = 54;
  const textLeft = logo ? page.margin + logoSize + 14 : page.margin;
  const textWidth = page.width - page.margin - textLeft;
  if (logo) doc.image(logo, page.margin, top, { fit: [logoSize, logoSize] });
  doc.font('sansBold').fontSize(16).fillColor('#1f3b2d').text(head.name, textLeft, top, { width: textWidth });
  doc.font('sans').fontSize(9).fillColor('#333333');
  if (head.practiceName) doc.text(head.practiceName, { width: textWidth });
  if (head.street) doc.text(head.street, { width: textWidth });
  if (head.contactLine) doc.text(head.contactLine, { width: textWidth });
  const ruleY = Math.max(doc.y, top + (logo ? logoSize : 0)) + 8;
  doc
    .moveTo(page.margin, ruleY)
    .lineTo(page.width - page.margin, ruleY)
    .lineWidth(0.75)
    .strokeColor('#7a9a84')
    .stroke();
  doc.fillColor('#000000').font('body').fontSize(11);
  doc.x = page.margin;
  doc.y = ruleY + 18;
}
