// The printed referral letter (on the referrer's letterhead: to whom, why in clinical and in plain
// words, urgency, what was done, the shared packet) and the outcome reply (on the recipient's
// letterhead when they are a member). Both are drawn from the same view the API returns.
import { packetRows, sharedPartsSentence } from '../../../contracts/referral-packet.ts';
import type { Referral } from '../../../contracts/referrals.ts';
import { drawLetterhead, finish, newDocument, page, type Letterhead, type PdfDocument } from '../../lib/pdf.ts';

const width = page.width - 2 * page.margin;
const resumeWords = { yes: 'Yes', no: 'No', 'with-precautions': 'Yes, with precautions' } as const;

function section(doc: PdfDocument, title: string, body: string) {
  if (!body.trim()) return;
  doc.moveDown(0.8).font('sansBold').fontSize(11).fillColor('#1f3b2d').text(title, page.margin, doc.y, { width });
  doc.moveDown(0.2).font('body').fontSize(11).fillColor('#000000').text(body.trim(), { width });
}

function packetText(referral: Referral) {
  if (referral.packet.state === 'deleted')
    return 'The client’s record was deleted; nothing about them can be included.';
  if (!referral.packet.data)
    return referral.packet.state === 'withdrawn'
      ? 'The client has withdrawn consent to share; nothing about them is included.'
      : '';
  const rows = packetRows(referral.packet.data).map((row) => `${row.label}: ${row.value}`);
  // The referrer's own copy after withdrawal: the record of what was disclosed, marked as such.
  const withdrawn =
    referral.packet.state === 'withdrawn'
      ? ['The client has since withdrawn this consent; this copy is the record of what was shared.']
      : [];
  return [...withdrawn, sharedPartsSentence(referral.packet.share), ...rows].join('\n');
}

const longDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export async function renderReferralLetter(
  referral: Referral,
  head: { letterhead: Letterhead; logo: Buffer | null },
): Promise<Buffer> {
  const doc = newDocument({
    title: `Referral to ${referral.to.name}`,
    author: referral.from.name,
    subject: 'Referral letter',
  });
  drawLetterhead(doc, head.letterhead, head.logo);
  doc.font('body').fontSize(11).text(longDate(referral.createdAt), { width });
  doc.moveDown().text([referral.to.name, referral.to.profession].filter(Boolean).join('\n'), { width });
  doc
    .moveDown()
    .font('bold')
    .text(
      `Re: Referral${referral.clientName ? ` of ${referral.clientName}` : ''} — urgency: ${referral.urgency.toUpperCase()}`,
      { width },
    );
  if (referral.specialty) doc.font('body').text(`Specialty sought: ${referral.specialty}`, { width });
  section(doc, 'Reason for referral (clinical)', referral.reasonClinical);
  section(doc, 'Reason in plain language (for the client)', referral.reasonPlain);
  section(doc, 'What I did', referral.whatIDid);
  section(doc, 'What I observed', referral.observations);
  section(doc, 'Shared with the client’s consent', packetText(referral));
  doc.moveDown(1.5).font('body').text('Warm regards,', { width });
  doc.moveDown(1.5).font('bold').text(referral.from.name, { width });
  return finish(doc);
}

export async function renderOutcomeReply(
  referral: Referral,
  head: { letterhead: Letterhead | null; logo: Buffer | null },
): Promise<Buffer> {
  const doc = newDocument({
    title: `Outcome of referral from ${referral.from.name}`,
    author: referral.to.name,
    subject: 'Referral outcome',
  });
  if (head.letterhead) drawLetterhead(doc, head.letterhead, head.logo);
  else doc.font('sansBold').fontSize(16).text(referral.to.name, { width }).moveDown();
  const replied = referral.timeline.find((event) => event.kind === 'replied');
  doc
    .font('body')
    .fontSize(11)
    .text(longDate(replied?.at ?? referral.updatedAt), { width });
  doc.moveDown().text(referral.from.name, { width });
  doc
    .moveDown()
    .font('bold')
    .text(`Re: Outcome of your referral${referral.clientName ? ` of ${referral.clientName}` : ''}`, { width });
  if (referral.appointmentAt)
    doc.font('body').text(`Seen at the appointment of ${longDate(referral.appointmentAt)}`, { width });
  section(doc, 'Findings', referral.outcome?.findings ?? '');
  section(doc, 'Recommendations', referral.outcome?.recommendations ?? '');
  const ok = referral.outcome?.okToResumeMassage;
  section(doc, 'OK to resume massage?', ok ? resumeWords[ok] : 'Not stated');
  doc.moveDown(1.5).font('body').text('With thanks for the referral,', { width });
  doc.moveDown(1.5).font('bold').text(referral.to.name, { width });
  return finish(doc);
}
