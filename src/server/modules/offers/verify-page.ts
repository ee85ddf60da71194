// The public verification page: a plain form to type a code, and the answer for one code — its
// status as a badge, the offer, the dates and the recipient's name, nothing else. No JavaScript.
// The member who issued the certificate, signed in, also gets a Redeem form (a plain POST to our
// own origin) and, once redeemed, the date it was redeemed.
import { nonTransferableNotice, type CertificateVerification } from '../../../contracts/offers.ts';
import { html, SafeHtml } from '../../lib/html.ts';
import { layout } from '../../http/page-layout.ts';
import { longDate } from './offer-calendar.ts';

const statusLabel = { valid: 'Valid', redeemed: 'Already redeemed', expired: 'Expired', void: 'Void' } as const;

/** What only the signed-in issuer sees: when it was redeemed, whether it can be redeemed now, and the outcome of a redeem just posted. */
export type IssuerView = {
  redeemedAt: string | null;
  canRedeem: boolean;
  redeemAction: string;
  outcome?: { kind: 'redeemed' | 'problem'; text: string };
};

// Dates in the page follow the calendar day in UTC, as every other date on it does.
const redeemedOn = (iso: string) => longDate(iso.slice(0, 10));

// Badge colours meet WCAG AA with white text.
const head = html`<style>.verdict{font-size:1.25rem;padding:.3rem .9rem}.badge.status-redeemed{background:#7a4a00}.warning{border-left:4px solid #b35c00;background:#fff4e0;color:#5c3200;padding:.5rem 1rem}.warning strong{font-size:1.1rem}.done{border-left:4px solid #1a6b34;background:#eaf6ee;color:#0f4a22;padding:.5rem 1rem;font-weight:600}.redeem{border:1px solid #d0d7de;border-radius:.5rem;padding:.5rem 1rem;margin-top:1.5rem}.badge.status-expired{background:#7a4a00}.badge.status-void{background:#a4161a}dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.25rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}.code{font-family:ui-monospace,Menlo,Consolas,monospace;letter-spacing:.05em}</style>`;

const page = (publicUrl: string, title: string, body: SafeHtml) =>
  layout(
    {
      title: `${title} | Kneadwork`,
      description: 'Check a Kneadwork professional offer certificate.',
      canonical: `${publicUrl}/verify`,
      noindex: true,
      head,
    },
    body,
  );

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

// A used certificate is a warning to whoever is about to accept it: an alert, in warning colours,
// with the date for the issuer (the public check reveals no redemption time).
function alreadyRedeemed(issuer: IssuerView | null) {
  const when = issuer?.redeemedAt ? html` on ${redeemedOn(issuer.redeemedAt)}` : '';
  return html`<div class="warning" role="alert"><p><strong><span aria-hidden="true">⚠ </span>Warning: already redeemed${when}.</strong></p><p>A certificate can be used once. Do not accept it again.</p></div>`;
}

function redeemForm(result: CertificateVerification, issuer: IssuerView) {
  return html`<section class="redeem" aria-labelledby="redeem-heading">
<h2 id="redeem-heading">Redeem</h2>
<p>You issued this certificate. Redeem it when ${result.recipientName} uses it; it can be redeemed once.</p>
<form method="post" action="${issuer.redeemAction}">
<p><label><input type="checkbox" name="identityConfirmed" value="true" required> I have confirmed this person is ${result.recipientName} (the certificate is non-transferable)</label></p>
<p><button type="submit">Redeem</button></p>
</form>
</section>`;
}

function issuerPart(result: CertificateVerification, issuer: IssuerView | null) {
  if (issuer?.outcome?.kind === 'redeemed') return html`<p class="done" role="status">${issuer.outcome.text}</p>`;
  const problem =
    issuer?.outcome?.kind === 'problem' && issuer.outcome.text
      ? html`<p class="error" role="alert">${issuer.outcome.text}</p>`
      : '';
  const warning = result.status === 'redeemed' ? alreadyRedeemed(issuer) : '';
  return html`${warning}${problem}${issuer?.canRedeem ? redeemForm(result, issuer) : ''}`;
}

export function verifyResultPage(
  publicUrl: string,
  result: CertificateVerification,
  begunDay: string,
  issuer: IssuerView | null = null,
) {
  return page(
    publicUrl,
    `Certificate ${statusLabel[result.status].toLowerCase()}`,
    html`<h1>Certificate check</h1>
<p role="status"><span class="badge verdict status-${result.status}">${statusLabel[result.status]}</span></p>
<p>${explanation(result, begunDay)}</p>
${issuerPart(result, issuer)}
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
