// The page an external recipient opens from the emailed link: this one referral (why, how urgent,
// the packet while consent stands, the timeline) and plain HTML forms for their next step. No
// JavaScript; every form posts back to the same private path.
import type { Referral } from '../../../contracts/referrals.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import { layout, paragraphs } from '../public-pages/layout.ts';

const head = html`<style>dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.25rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}form.step{background:var(--soft);border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}form.step label{font-weight:600}form.step textarea,form.step input{width:100%}textarea{font:inherit;padding:.35rem .5rem;border:1px solid #6b7785;border-radius:.3rem}</style>`;

const page = (publicUrl: string, title: string, body: SafeHtml) =>
  layout({ title: `${title} | Kneadwork`, description: 'A private referral on Kneadwork.', canonical: `${publicUrl}/`, noindex: true, head }, body);

const field = (name: string, label: string, input: SafeHtml) => html`<p><label for="${name}">${label}</label><br>${input}</p>`;
const area = (name: string, label: string, required = false) => field(name, label, html`<textarea id="${name}" name="${name}" rows="4" maxlength="4000" ${required ? html`required` : ''}></textarea>`);

function forms(action: string, referral: Referral): SafeHtml[] {
  return referral.allowedTransitions.map((to) => {
    switch (to) {
      case 'accepted':
        return html`<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="accepted"><h3>Accept</h3>${area('note', 'A note for the referrer (optional)')}<p><button type="submit">Accept the referral</button></p></form>`;
      case 'declined':
        return html`<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="declined"><h3>Decline</h3>${area('reason', 'Why you decline', true)}<p><button type="submit">Decline the referral</button></p></form>`;
      case 'scheduled':
        return html`<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="scheduled"><h3>Appointment made</h3>${field('appointmentAt', 'Date and time (UTC)', html`<input type="datetime-local" id="appointmentAt" name="appointmentAt" required>`)}<p><button type="submit">Record the appointment</button></p></form>`;
      case 'seen':
        return html`<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="seen"><h3>Client seen</h3><p><button type="submit">I have seen the client</button></p></form>`;
      case 'replied':
        return html`<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="replied"><h3>Outcome reply</h3>${area('findings', 'Findings', true)}${area('recommendations', 'Recommendations')}
<fieldset><legend>OK to resume massage?</legend><label><input type="radio" name="okToResumeMassage" value="yes" required> Yes</label> <label><input type="radio" name="okToResumeMassage" value="with-precautions"> With precautions</label> <label><input type="radio" name="okToResumeMassage" value="no"> No</label></fieldset>
<p><button type="submit">Send the outcome</button></p></form>`;
      case 'returned':
        return html``;
      default:
        return to satisfies never;
    }
  });
}

function packet(referral: Referral) {
  if (referral.packet.state === 'withdrawn' || !referral.packet.data) return html`<p class="notice">The client has withdrawn consent to share their information, so it is no longer shown.</p>`;
  const entries = Object.entries(referral.packet.data);
  return html`<dl class="facts">${entries.map(([key, value]) => html`<dt>${key}</dt><dd>${typeof value === 'string' ? value : JSON.stringify(value)}</dd>`)}</dl>`;
}

export function referralPage(publicUrl: string, action: string, referral: Referral, problem?: string) {
  return page(
    publicUrl,
    `Referral from ${referral.from.name}`,
    html`<h1>Referral from ${referral.from.name}</h1>
<p role="status">Status: <span class="badge">${referral.status}</span> · Urgency: <strong>${referral.urgency}</strong></p>
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
<h2>Client</h2>${referral.clientName ? html`<p>${referral.clientName}</p>` : ''}${packet(referral)}
<h2>Reason (clinical)</h2>${paragraphs(referral.reasonClinical)}
<h2>Reason in plain language</h2>${paragraphs(referral.reasonPlain)}
${referral.whatIDid ? html`<h2>What the referrer did</h2>${paragraphs(referral.whatIDid)}` : ''}
${referral.observations ? html`<h2>Observations</h2>${paragraphs(referral.observations)}` : ''}
${forms(action, referral)}
<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="thanks"><h3>Send a thank-you</h3>${area('message', 'Your note to the referrer', true)}<p><button type="submit">Send</button></p></form>
<h2>Timeline</h2><ol>${referral.timeline.map((event) => html`<li>${event.at.slice(0, 16).replace('T', ' ')} UTC — ${event.kind}${event.note ? html`: ${event.note}` : ''}</li>`)}</ol>`,
  );
}

export function linkGonePage(publicUrl: string) {
  return page(publicUrl, 'Link not found', html`<h1>This link does not work</h1><p>The referral link is unknown, has expired or was withdrawn by the referrer. Ask them to send a new one.</p>`);
}
