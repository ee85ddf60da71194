// /circles/guest/<token>: where an emailed guest invitation lands. It shows the meeting's title
// and date (nothing of the circle, which may be secret) and, for a signed-in person, a plain form
// that accepts; a visitor is sent to create an account or sign in and come back. No JavaScript.
import { layout } from '../../../http/page-layout.ts';
import { html } from '../../../lib/html.ts';

const meta = (publicUrl: string, title: string) => ({
  title: `${title} | Kneadwork`,
  description: 'An invitation to a meeting on Kneadwork.',
  // The address holds the token: it is nobody's to index or share onwards.
  canonical: `${publicUrl}/circles`,
  noindex: true,
});

export function guestPage(
  publicUrl: string,
  meeting: { title: string; when: string },
  state: { signedIn: boolean; action: string; problem?: string | undefined },
) {
  const body = html`<h1>You are invited to ${meeting.title}</h1>
<p>As a guest, on ${meeting.when}. From 10 minutes before the start you can knock at the meeting’s video room, and a host lets you in.</p>
${state.problem ? html`<p class="error" role="alert">${state.problem}</p>` : ''}
${
  state.signedIn
    ? html`<form method="post" action="${state.action}"><p><button type="submit">Accept the invitation</button></p></form>`
    : html`<p>Create your Kneadwork account (or sign in), then open this invitation again to accept it.</p>
<p class="actions"><a class="cta" href="/app/sign-up">Create your account</a> <a class="cta quiet" href="/app/sign-in">Sign in</a></p>`
}`;
  return layout(meta(publicUrl, `Invitation to ${meeting.title}`), body).value;
}

export const guestInvitationGonePage = (publicUrl: string) =>
  layout(
    meta(publicUrl, 'Invitation not found'),
    html`<h1>This invitation does not open any more</h1>
<p>It may have been revoked, accepted already, or its meeting is over. Ask the person who invited you for a new one.</p>`,
  ).value;
