// /circles/join/<token>: where an emailed or shared invitation lands. It shows the circle's listing
// (nothing members-only) and, for a signed-in member, a plain form that joins; a visitor is sent to
// create an account or sign in and come back to the link. No JavaScript.
import { circleKinds, type CircleSummary } from '../../../contracts/circles.ts';
import { layout, paragraphs } from '../../http/page-layout.ts';
import { html } from '../../lib/html.ts';

type Preview = Omit<CircleSummary, 'distance' | 'me'>;

const meta = (publicUrl: string, title: string) => ({
  title: `${title} | Kneadwork`,
  description: 'An invitation to a circle on Kneadwork.',
  // The address holds the token: it is nobody's to index or share onwards.
  canonical: `${publicUrl}/circles`,
  noindex: true,
});

export function joinPage(
  publicUrl: string,
  circle: Preview,
  state: { signedIn: boolean; action: string; problem?: string | undefined },
) {
  const where = [circle.town ? `${circle.town.city}, ${circle.town.region}` : null, circle.online ? 'Online' : null]
    .filter(Boolean)
    .join(' · ');
  const body = html`<h1>You are invited to ${circle.name}</h1>
<p>${circleKinds[circle.kind]} · ${where} · ${circle.memberCount} ${circle.memberCount === 1 ? 'member' : 'members'}</p>
${paragraphs(circle.description)}
${state.problem ? html`<p class="error" role="alert">${state.problem}</p>` : ''}
${
  state.signedIn
    ? html`<form method="post" action="${state.action}"><p><button type="submit">Join this circle</button></p></form>`
    : html`<p>Create your Kneadwork account (or sign in), then open this invitation again to join.</p>
<p class="actions"><a class="cta" href="/app/sign-up">Create your account</a> <a class="cta quiet" href="/app/sign-in">Sign in</a></p>`
}`;
  return layout(meta(publicUrl, `Invitation to ${circle.name}`), body).value;
}

export const invitationGonePage = (publicUrl: string) =>
  layout(
    meta(publicUrl, 'Invitation not found'),
    html`<h1>This invitation does not open any more</h1>
<p>It may have been revoked, used already or expired. Ask the person who invited you for a new one, or <a href="/circles">find a circle</a>.</p>`,
  ).value;
