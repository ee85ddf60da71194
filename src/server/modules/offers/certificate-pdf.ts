// The printed certificate: one US Letter page on the issuer's letterhead, with what the offer is,
// who it is for, the dates, the grouped code, a QR code that opens the verification page (and
// that URL in text beneath it, for anyone without a camera), and the non-transferable notice.
import { nonTransferableNotice } from '../../../contracts/offers.ts';
import { drawLetterhead, finish, newDocument, page, type Letterhead, type PdfDocument } from '../../lib/pdf.ts';
import { longDate } from './offer-calendar.ts';

export type CertificatePrint = {
  title: string;
  summary: string;
  terms: string;
  recipientName: string;
  validFrom: string;
  validUntil: string;
  displayCode: string;
  verifyUrl: string;
  issuerName: string;
  issuedOn: string;
  /** A line printed across the certificate when it can no longer be used ("VOID", "REDEEMED"). */
  stamp: string | null;
};

const green = '#1f3b2d';
const frame = { left: 54, right: page.width - 54, bottom: page.height - 54 };
const inner = { left: frame.left + 24, width: frame.right - frame.left - 48 };

const centred = (doc: PdfDocument, text: string, font: string, size: number, color = '#000000', gap = 6) => {
  doc.font(font).fontSize(size).fillColor(color).text(text, inner.left, doc.y, { width: inner.width, align: 'center' });
  doc.y += gap;
};

export async function renderCertificatePdf(
  print: CertificatePrint,
  letterhead: Letterhead,
  logo: Buffer | null,
): Promise<Buffer> {
  const doc = newDocument({
    title: `${print.title} — certificate for ${print.recipientName}`,
    author: print.issuerName,
    subject: nonTransferableNotice,
  });
  drawLetterhead(doc, letterhead, logo);
  const top = doc.y - 4;
  doc
    .rect(frame.left, top, frame.right - frame.left, frame.bottom - top)
    .lineWidth(2.5)
    .strokeColor(green)
    .stroke();
  doc
    .rect(frame.left + 6, top + 6, frame.right - frame.left - 12, frame.bottom - top - 12)
    .lineWidth(0.75)
    .strokeColor(green)
    .stroke();

  doc.y = top + 26;
  centred(doc, 'PROFESSIONAL OFFER CERTIFICATE', 'sansBold', 11, green, 10);
  centred(doc, print.title, 'bold', 24, '#000000', 14);
  centred(doc, 'Presented to', 'italic', 12, '#333333', 2);
  centred(doc, print.recipientName, 'bold', 22, '#000000', 14);
  centred(doc, print.summary, 'sansBold', 16, green, 4);
  centred(doc, `from ${print.issuerName}`, 'body', 11, '#333333', 12);
  centred(
    doc,
    `Valid from ${longDate(print.validFrom)} through ${longDate(print.validUntil)}`,
    'sans',
    11,
    '#000000',
    10,
  );
  if (print.terms) {
    // Long terms are cut rather than pushing the certificate onto a second page.
    doc
      .font('body')
      .fontSize(9.5)
      .fillColor('#333333')
      .text(print.terms, inner.left, doc.y, { width: inner.width, align: 'center', height: 96, ellipsis: true });
  }

  const qrSize = 118;
  const codeTop = frame.bottom - 196;
  // Loaded on first print rather than at start-up (cold start).
  const { default: QRCode } = await import('qrcode');
  const qr = await QRCode.toBuffer(print.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 360 });
  doc.image(qr, inner.left + inner.width - qrSize, codeTop, { width: qrSize, height: qrSize });
  const textWidth = inner.width - qrSize - 18;
  doc
    .font('sans')
    .fontSize(9)
    .fillColor('#333333')
    .text('Certificate code', inner.left, codeTop + 10, { width: textWidth });
  doc
    .font('mono')
    .fontSize(19)
    .fillColor('#000000')
    .text(print.displayCode, inner.left, doc.y + 2, { width: textWidth, characterSpacing: 1 });
  doc
    .font('sans')
    .fontSize(9)
    .fillColor('#333333')
    .text(
      'Scan the code, or open the address below, to check that this certificate is genuine and still valid.',
      inner.left,
      doc.y + 8,
      { width: textWidth },
    );
  doc
    .font('sans')
    .fontSize(8)
    .fillColor('#000000')
    .text(print.verifyUrl, inner.left, codeTop + qrSize + 4, { width: inner.width, align: 'right', lineBreak: false });

  doc.y = frame.bottom - 52;
  centred(doc, nonTransferableNotice, 'sansBold', 12, '#8a1c1c', 2);
  centred(
    doc,
    `Issued by ${print.issuerName} on ${longDate(print.issuedOn)}. Redeemable once, by the issuer, on showing identification.`,
    'sans',
    8,
    '#333333',
    0,
  );

  if (print.stamp) {
    doc.save().rotate(-24, { origin: [page.width / 2, page.height / 2] });
    doc
      .font('sansBold')
      .fontSize(90)
      .fillColor('#a4161a')
      .fillOpacity(0.25)
      .text(print.stamp, 0, page.height / 2 - 50, { width: page.width, align: 'center', lineBreak: false });
    doc.restore();
  }
  return finish(doc);
}
