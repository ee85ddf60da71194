// The campaign's public landing page: its title, dates, code and description, then each accepted
// participant's public card and offer, with a "Contact" button that counts a referral to them and
// opens their public profile. Plain HTML, every value escaped, no JavaScript.
import { html } from '../../../lib/html.ts';
import { clip, layout, paragraphs } from '../../../http/page-layout.ts';
import type { MemberCard } from '../../../../contracts/member-card.ts';

export type LandingParticipant = { id: string; member: MemberCard; offerText: string; offerTitle: string | null };
export type Landing = {
  slug: string;
  title: string;
  description: string;
  code: string;
  startsOn: string;
  endsOn: string;
  participants: LandingParticipant[];
};

const head = html`<style>.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem}.cards li{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem}.cards p{margin:.4rem 0}.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.2rem;letter-spacing:.05em}</style>`;

const card = (slug: string, participant: LandingParticipant) => html`<li>
<h3><a href="/p/${participant.member.slug}">${participant.member.displayName}</a></h3>
<p class="muted">${participant.member.profession}</p>
${participant.offerTitle ? html`<p><strong>${participant.offerTitle}</strong></p>` : ''}
${participant.offerText ? paragraphs(participant.offerText) : html`<p class="muted">Offer coming soon.</p>`}
<form method="post" action="/campaigns/${slug}/contact"><input type="hidden" name="participant" value="${participant.id}"><button type="submit">Contact ${participant.member.displayName}</button></form>
</li>`;

export const campaignLandingPage = (publicUrl: string, landing: Landing) =>
  layout(
    {
      title: `${landing.title} | Kneadwork`,
      description: clip(landing.description || `A joint campaign by ${landing.participants.length} professionals`, 160),
      canonical: `${publicUrl}/campaigns/${landing.slug}`,
      head,
    },
    html`<article>
<h1>${landing.title}</h1>
<p class="muted">${landing.startsOn} – ${landing.endsOn}</p>
<p>Campaign code: <strong class="code">${landing.code}</strong> — mention it when you book.</p>
${paragraphs(landing.description)}
<h2>Who takes part</h2>
${
  landing.participants.length
    ? html`<ul class="cards">${landing.participants.map((participant) => card(landing.slug, participant))}</ul>`
    : html`<p>No one has joined yet.</p>`
}
</article>`,
  );

export const campaignGonePage = (publicUrl: string) =>
  layout(
    {
      title: 'Campaign not found | Kneadwork',
      description: 'No such campaign.',
      canonical: `${publicUrl}/`,
      noindex: true,
    },
    html`<h1>Campaign not found</h1><p>This campaign does not exist or is no longer shown. <a href="/directory">Find a professional in the directory</a>.</p>`,
  );
