// The public verification page: a plain form to type a code, and the answer for one code — its
// status as a badge, the offer, the dates and the recipient's name, nothing else. No JavaScript.
import { nonTransferableNotice, type CertificateVerification } from '../../../contracts/offers.ts';
import { html, SafeHtml } from '../../lib/html.ts';
import { layout } from '../public-pages/layout.ts';
import { longDate } from './offer-calendar.ts';

const statusLabel = { valid: 'Valid', redeemed: 'Already redeemed', expired: 'Expired', void: 'Void' } as const;

// Badge colours meet WCAG AA with white text.
const head = html`<style>.verdict{font-size:1.25rem;padding:.3rem .9rem}.badge.status-redeemed{background:#3c4650}.badge.status-expired{background:#7a4a00}.badge.status-void{background:#a4161a}dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.25rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}.code{font-family:ui-monospace,Menlo,Consolas,monospace;letter-spacing:.05em}</style>`;

const page = (publicUrl: string, title: string, body: SafeHtml) =>
  layout({ title: `${title} | Kneadwork`, description: 'Check a Kneadwork professional offer certificate.', canonical: `${publicUrl}/verify`, noindex: true, head }, body);

const form = (value = '') => html`<form method="get" action="/verify" class="search">
<p><label for="code">Certificate code</label><br><input id="code" name="code" value="${value}" placeholder="XXXX-XXXX-XXXX-XXXX-X" autocomplete="off" spellcheck="false" size="26" maxlength="40" required></p>
<p><button type="submit">Check</button></p>
</form>`;

function what(offer: CertificateVerification['offer']) {
  if (offer.minutes !== undefined) return `A free ${offer.minutes}-minute session`;
  if (offer.percent !== undefined) return `${offer.percent}% off`;
  return offer.description ?? '';
}

function explanation(result: CertificateVerification, begunDay: string) {
  switch (result.status) {
    case 'valid':
      return result.validFrom > begunDay
        ? `This certificate is genuine. It can be used from ${longDate(result.validFrom)}, once, by ${result.recipientName} in person.`
        : `This certificate is genuine and can be used once, by ${result.recipientName} in person, with ${result.offer.from}.`;
    case 'redeemed':
      return 'This certificate is genuine and has already been used.';
    case 'expired':
      return `This certificate expired on ${longDate(result.validUntil)}.`;
    case 'void':
      return `${result.offer.from} has cancelled this certificate.`;
    default:
      return result.status satisfies never;
  }
}

export function verifyResultPage(publicUrl: string, result: CertificateVerification, begunDay: string) {
  return page(
    publicUrl,
    `Certificate ${statusLabel[result.status].toLowerCase()}`,
    html`<h1>Certificate check</h1>
<p role="status"><span class="badge verdict status-${result.status}">${statusLabel[result.status]}</span></p>
<p>${explanation(result, begunDay)}</p>
<dl class="facts">
<dt>Offer</dt><dd>${result.offer.title}</dd>
<dt>What it is</dt><dd>${what(result.offer)}</dd>
<dt>From</dt><dd>${result.offer.from}</dd>
<dt>Presented to</dt><dd>${result.recipientName}</dd>
<dt>Valid</dt><dd>${longDate(result.validFrom)} through ${longDate(result.validUntil)}</dd>
<dt>Code</dt><dd class="code">${result.code}</dd>
</dl>
<p><strong>${nonTransferableNotice}</strong></p>
<h2>Check another code</h2>
${form()}`,
  );
}

/** The empty form, or the form again with a plain-words problem (a typo, an unknown code, too many checks). */
export function verifyFormPage(publicUrl: string, options: { value?: string; problem?: string } = {}) {
  return page(
    publicUrl,
    'Check a certificate',
    html`<h1>Check a certificate</h1>
<p>Type the code printed on a Kneadwork professional offer certificate to see whether it is valid. Capital or small letters, with or without the dashes.</p>
${options.problem ? html`<p class="error" role="alert">${options.problem}</p>` : ''}
${form(options.value)}`,
  );
}
