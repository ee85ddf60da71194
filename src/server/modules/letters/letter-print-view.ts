// The letter as a web page to print from the browser: the same blocks as the PDF, every value
// escaped, print CSS for US Letter, and no script (the CSP forbids inline script anyway).
import { html, SafeHtml } from '../../lib/html.ts';
import { paragraphsOf, type LetterPrint } from './letter-pdf.ts';

// The page is laid out with the PDF's own measures (letter-pdf.ts, lib/pdf.ts): the same margins,
// type sizes, gaps and the font's natural line height, with every paragraph margin set here rather
// than left to the browser. Browser defaults (1em paragraph margins, a 1.4 line height, 0.75 in
// page margins) made a letter that fits one PDF page spill its signature onto a second printed one.
// The closing and signature are kept together, so a letter that does run long never ends on a
// signature alone.
const styles = `
  @page { size: letter; margin: 48pt 72pt 72pt; }
  body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: 11pt; line-height: normal; color: #000; max-width: 6.5in; margin: 0.5in auto; }
  p, h1 { margin: 0; }
  header { display: flex; gap: 14pt; align-items: flex-start; border-bottom: 0.75pt solid #7a9a84; padding-bottom: 8pt; margin-bottom: 18pt; font-family: "DejaVu Sans", Arial, sans-serif; }
  header img { width: 54pt; height: 54pt; object-fit: contain; }
  header h1 { font-size: 16pt; color: #1f3b2d; }
  header p { font-size: 9pt; color: #333; }
  .recipient, .subject, .salutation, .closing { margin-top: 16pt; }
  .recipient { white-space: pre-line; }
  .subject { font-weight: bold; }
  .body p { margin-top: 9pt; white-space: pre-line; }
  .sign-off { break-inside: avoid; page-break-inside: avoid; }
  .signature { margin-top: 30pt; font-weight: bold; }
  .practice { font-size: 10pt; }
  .toolbar { margin-bottom: 18pt; font-family: sans-serif; font-size: 10pt; color: #555; }
  @media print { .toolbar { display: none; } body { margin: 0; max-width: none; } }
`;

export function renderLetterPage(letter: LetterPrint, logoUrl: string | null) {
  const head = letter.letterhead;
  const signed = [letter.signature.name, ...letter.signature.credentials].filter(Boolean).join(', ');
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${letter.subject}</title>
<style>${new SafeHtml(styles)}</style>
</head>
<body>
<p class="toolbar">Print this page (Ctrl+P or ⌘P) to post or hand over the letter.</p>
<header>
${logoUrl ? html`<img src="${logoUrl}" alt="${head.name} logo">` : ''}
<div>
<h1>${head.name}</h1>
${head.practiceName ? html`<p>${head.practiceName}</p>` : ''}
${head.street ? html`<p>${head.street}</p>` : ''}
${head.contactLine ? html`<p>${head.contactLine}</p>` : ''}
</div>
</header>
<main>
<p class="date">${letter.date}</p>
${letter.recipientLines.length ? html`<p class="recipient">${letter.recipientLines.join('\n')}</p>` : ''}
<p class="subject">Re: ${letter.subject}</p>
<p class="salutation">${letter.salutation}</p>
<div class="body">${paragraphsOf(letter.body).map((paragraph) => html`<p>${paragraph}</p>`)}</div>
<div class="sign-off">
<p class="closing">Warm regards,</p>
<p class="signature">${signed}</p>
${letter.signature.practiceName ? html`<p class="practice">${letter.signature.practiceName}</p>` : ''}
</div>
</main>
</body>
</html>`.value;
}
