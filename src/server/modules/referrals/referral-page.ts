// The page an external recipient opens from the emailed link: this one referral (why, how urgent,
// the packet while consent stands, the timeline) and plain HTML forms for their next step. No
// JavaScript; every form posts back to the same private path. Times are shown and typed in the
// time zone the recipient chose (the referrer's by default), always named.
import { packetRows, sharedPartsSentence } from '../../../contracts/referral-packet.ts';
import { referralActorLabel, referralEventLabel, referralStatusLabels } from '../../../contracts/referral-words.ts';
import type { Referral } from '../../../contracts/referrals.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import { formatInZone } from '../../lib/zoned-time.ts';
import { layout, paragraphs } from '../../http/page-layout.ts';
import { recipientZones, type RecipientZone } from './recipient-zones.ts';

const head = html`<style>dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.25rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}form.step{background:var(--soft);border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}form.step label{font-weight:600}form.step textarea,form.step input[type=datetime-local]{width:100%}textarea{font:inherit;padding:.35rem .5rem;border:1px solid #6b7785;border-radius:.3rem}</style>`;

const page = (publicUrl: string, title: string, body: SafeHtml) =>
  layout(
    {
      title: `${title} | Kneadwork`,
      description: 'A private referral on Kneadwork.',
      canonical: `${publicUrl}/`,
      noindex: true,
      head,
    },
    body,
  );

const field = (name: string, label: string, input: SafeHtml) =>
  html`<p><label for="${name}">${label}</label><br>${input}</p>`;
const area = (name: string, label: string, required = false) =>
  field(
    name,
    label,
    html`<textarea id="${name}" name="${name}" rows="4" maxlength="4000" ${required ? html`required` : ''}></textarea>`,
  );

const zoneLabel = (zone: RecipientZone) => recipientZones.find((entry) => entry.zone === zone)!.label;
// Each form carries the chosen zone, so the answer page keeps it and a typed time is read in it.
const zoneField = (zone: RecipientZone) => html`<input type="hidden" name="tz" value="${zone}">`;

function zoneChooser(action: string, zone: RecipientZone) {
  return html`<form class="zone" method="get" action="${action}"><p><label for="tz">Show and enter times in</label> <select id="tz" name="tz">${recipientZones.map(
    (entry) => html`<option value="${entry.zone}"${entry.zone === zone ? html` selected` : ''}>${entry.label}</option>`,
  )}</select> <button type="submit">Use this time zone</button></p></form>`;
}

function forms(action: string, referral: Referral, zone: RecipientZone): SafeHtml[] {
  return referral.allowedTransitions.map((to) => {
    switch (to) {
      case 'accepted':
        return html`<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="accepted">${zoneField(zone)}<h3>Accept</h3>${area('note', 'A note for the referrer (optional)')}<p><button type="submit">Accept the referral</button></p></form>`;
      case 'declined':
        return html`<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="declined">${zoneField(zone)}<h3>Decline</h3>${area('reason', 'Why you decline', true)}<p><button type="submit">Decline the referral</button></p></form>`;
      case 'scheduled':
        return html`<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="scheduled">${zoneField(zone)}<h3>Appointment made</h3>${field('appointmentAt', `Date and time, ${zoneLabel(zone)} time`, html`<input type="datetime-local" id="appointmentAt" name="appointmentAt" required>`)}<p><button type="submit">Record the appointment</button></p></form>`;
      case 'seen':
        return html`<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="seen">${zoneField(zone)}<h3>Client seen</h3><p><button type="submit">I have seen the client</button></p></form>`;
      case 'replied':
        return html`<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="replied">${zoneField(zone)}<h3>Outcome reply</h3>${area('findings', 'Findings', true)}${area('recommendations', 'Recommendations')}
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
  if (referral.packet.state === 'deleted') return html``;
  if (referral.packet.state === 'withdrawn' || !referral.packet.data)
    return html`<p class="notice">The client has withdrawn consent to share their information, so it is no longer shown.</p>`;
  return html`<p>${sharedPartsSentence(referral.packet.share)}</p><dl class="facts">${packetRows(referral.packet.data).map((row) => html`<dt>${row.label}</dt><dd>${row.value}</dd>`)}</dl>`;
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** What the referral says about the client — all of it withheld once consent is withdrawn. */
function aboutTheClient(referral: Referral) {
  if (referral.packet.state === 'deleted') {
    return html`<h2>Client</h2><p class="notice">The client’s record was deleted, so nothing about them — name, reasons, observations or notes — can be shown any more.</p>`;
  }
  if (referral.packet.state === 'withdrawn') {
    return html`<h2>Client</h2><p class="notice">The client has withdrawn consent to share their information, so nothing about them — name, reasons, observations or notes — is shown any more.</p>`;
  }
  return html`<h2>Client</h2>${referral.clientName ? html`<p>${referral.clientName}</p>` : ''}${packet(referral)}
<h2>Reason (clinical)</h2>${paragraphs(referral.reasonClinical)}
<h2>Reason in plain language</h2>${paragraphs(referral.reasonPlain)}
${referral.whatIDid ? html`<h2>What the referrer did</h2>${paragraphs(referral.whatIDid)}` : ''}
${referral.observations ? html`<h2>Observations</h2>${paragraphs(referral.observations)}` : ''}`;
}

export function referralPage(
  publicUrl: string,
  action: string,
  referral: Referral,
  options: { zone: RecipientZone; problem?: string },
) {
  const { zone, problem } = options;
  return page(
    publicUrl,
    `Referral from ${referral.from.name}`,
    html`<h1>Referral from ${referral.from.name}</h1>
<p role="status">Status: <span class="badge">${referralStatusLabels[referral.status]}</span> · Urgency: <strong>${capitalized(referral.urgency)}</strong>${referral.appointmentAt ? html` · Appointment: <strong>${formatInZone(referral.appointmentAt, zone)}</strong>` : ''}</p>
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
${zoneChooser(action, zone)}
${aboutTheClient(referral)}
${forms(action, referral, zone)}
<form class="step" method="post" action="${action}"><input type="hidden" name="to" value="thanks">${zoneField(zone)}<h3>Send a thank-you</h3>${area('message', 'Your note to the referrer', true)}<p><button type="submit">Send</button></p></form>
<h2>Timeline</h2><ol>${referral.timeline.map((event) => html`<li>${formatInZone(event.at, zone)} — ${referralEventLabel(event.kind)} (${referralActorLabel(event.actor)})${event.note ? html`: ${event.note}` : ''}</li>`)}</ol>`,
  );
}

export function linkGonePage(publicUrl: string) {
  return page(
    publicUrl,
    'Link not found',
    html`<h1>This link does not work</h1><p>The referral link is unknown, has expired or was withdrawn by the referrer. Ask them to send a new one.</p>`,
  );
}
